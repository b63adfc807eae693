import { findDurations } from '../understanding/index.ts';

export type DurationMention = { phrase: string; ms: number; index: number };

/** Every time phrase in the text, read by understanding so "half a minute" means one thing everywhere. */
export function findDurationMentions(text: string): DurationMention[] {
  return findDurations(text)
    .filter((found) => found.ms > 0)
    .map((found) => ({ phrase: found.text, ms: found.ms, index: found.span[0] }));
}

/** The first time phrase's length in milliseconds, if any. */
export function firstDurationMs(text: string): number | undefined {
  return findDurationMentions(text)[0]?.ms;
}

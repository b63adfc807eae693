/**
 * A duration the person corrects in the same turn ("in 10 secs lol jk, 10 min", "in 5 min, i mean 15"): the
 * corrected value wins (the lead's class of miss from a fresh set, round 14). A duration is dropped only when a
 * correction word sits between it and the next one; two durations with no correction ("work 25 min, then
 * break 5 min") are both kept, as before.
 */
import type { FoundDuration } from './durations.ts';

const CORRECTION =
  /\b(?:jk|j\/k|just kidding|kidding|i mean|i meant|no wait|wait no|wait|actually|make it|scratch that|sorry|nah|no no|or rather|correction)\b/;

export function withCorrectionsApplied(found: readonly FoundDuration[], folded: string): FoundDuration[] {
  return found.filter((duration, index) => {
    const next = found[index + 1];
    if (!next) return true;
    const between = folded.slice(duration.span[1], next.span[0]);
    return !(between.length <= 40 && CORRECTION.test(between));
  });
}

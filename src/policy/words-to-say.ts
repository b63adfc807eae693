import type { LifeTopic } from '../spec/observation.ts';

/**
 * "just tell me what to actually say when they pick up": an ask for the words is answered with the
 * words, a first line built from the situation they brought, not with a task to write things down.
 * Undefined when the ask is not for words, or the situation gives no line we can stand behind.
 */
// (whether the ask is for the words, and to say or to write, is read by understanding: request-asked.ts)

// one plain opening line per situation: short enough to read out while frozen
const OPENING: Partial<Record<LifeTopic, string>> = {
  money: "Hi, I'm struggling to keep up with what I owe, and I'd like to talk about a payment plan.",
  health: "Hi, I'd like an appointment to get something checked.",
  'work-stress': "Could we find ten minutes this week? I'd like to talk about my workload.",
  'job-search': "Hi, I'm following up on my application and wondered if there's any news.",
  housing:
    "Hi, I'm writing to report a problem in my home that needs fixing, and to ask when it can be looked at.",
  caring:
    "Hi, I'm caring for a family member and struggling to manage; I'd like to ask for a carer's assessment.",
};

/** The line to say or write, and which, for an ask for the words; undefined otherwise. */
export function wordsToSay(
  wanted: 'said' | 'written' | undefined,
  topics: readonly LifeTopic[],
): { line: string; script: 'said' | 'written' } | undefined {
  if (!wanted) return undefined;
  const line = topics.map((topic) => OPENING[topic]).find(Boolean);
  if (!line) return undefined;
  return { line, script: wanted };
}

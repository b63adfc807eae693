import type { LifeTopic } from '../spec/observation.ts';

/**
 * "just tell me what to actually say when they pick up": an ask for the words is answered with the
 * words, a first line built from the situation they brought, not with a task to write things down.
 * Undefined when the ask is not for words, or the situation gives no line we can stand behind.
 */
const ASKS_FOR_WORDS =
  /\bwhat (?:to|do i|should i|would i|could i|i should|i'?d|id) (?:actually |even |just |really )?(?:say|tell (?:them|him|her)|write|type|text|put)\b|\bwhat do i even say\b/i;
const WRITES = /\b(?:write|type|text|put)\b/i;

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
  asked: string,
  topics: readonly LifeTopic[],
): { line: string; script: 'said' | 'written' } | undefined {
  if (!ASKS_FOR_WORDS.test(asked)) return undefined;
  const line = topics.map((topic) => OPENING[topic]).find(Boolean);
  if (!line) return undefined;
  return { line, script: WRITES.test(asked) ? 'written' : 'said' };
}

import type { LifeTopic } from '../spec/observation.ts';

/**
 * "just tell me what to actually say when they pick up": an ask for the words is answered with the
 * words, a first line built from the situation they brought, not with a task to write things down.
 * Undefined when the ask is not for words.
 */
// (whether the ask is for the words, and to say or to write, is read by understanding: request-asked.ts)

// a line for the thing itself, when their task names it ("the invoices"): the words a sender uses
const FOR_OBJECT: [RegExp, string][] = [
  [
    /\binvoices?\b/i,
    'Hi, attached is the invoice for the work; payment is due in 30 days. Thanks again for the project!',
  ],
];

// one plain opening line per situation: short enough to read out while frozen
const OPENING: Partial<Record<LifeTopic, string>> = {
  // to a lender or to a friend whose plan costs too much alike: the money said plainly, then an ask
  money:
    "I have to be honest: money is really tight for me right now, and I can't manage this as it is. Could we work out something I can keep up with, like paying in smaller amounts?",
  health: "Hi, I'd like an appointment to get something checked.",
  'work-stress': "Could we find ten minutes this week? I'd like to talk about my workload.",
  'job-search': "Hi, I'm following up on my application and wondered if there's any news.",
  housing:
    "Hi, I'm writing to report a problem in my home that needs fixing, and to ask when it can be looked at.",
  caring:
    "Hi, I'm caring for a family member and struggling to manage; I'd like to ask for a carer's assessment.",
};

// no line of the situation's own: an opening that fits anyone they must tell or write to, which the
// person finishes with one line of what happened (never another situation's script)
const OPENS: Record<'said' | 'written', string> = {
  said: "Can I be honest with you? I've been putting this off because I didn't know how to say it.",
  written:
    "Hello, thank you for your message, and sorry for the slow reply. I'd like to explain what has been happening and find a way forward. Could we talk this week?",
};

/**
 * The line to say or write, and which, for an ask for the words; undefined otherwise. `opens`: the
 * line only opens, and the person adds what happened in their own words.
 */
export function wordsToSay(
  wanted: 'said' | 'written' | 'theirs' | undefined,
  topics: readonly LifeTopic[],
  object?: string,
): { line: string; script: 'said' | 'written'; opens?: true } | undefined {
  // their own words back are answered by their-words-back.ts, never with a script of ours
  if (!wanted || wanted === 'theirs') return undefined;
  const forObject = object ? FOR_OBJECT.find(([pattern]) => pattern.test(object))?.[1] : undefined;
  const line = forObject ?? topics.map((topic) => OPENING[topic]).find(Boolean);
  if (line) return { line, script: wanted };
  return { line: OPENS[wanted], script: wanted, opens: true };
}

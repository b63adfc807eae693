/**
 * The one commitments lexicon: the words that make a therapist sentence a promise of something
 * later ("I'll remind you in a minute", "you'll get a nudge"). The realizer's plan check, the
 * session invariants, the reading of another therapist's turns and the evaluator all ask here,
 * so they cannot disagree about what was promised.
 * @example isPromise("I'll nudge you in 30 seconds.") // true
 * @example isPromise("I can't change what happened.") // false
 */

// the speaker binding themselves to a later act ("ill" without its apostrophe only right before the act: "he got ill, … say" is no promise)
const FUTURE_SELF =
  "(?:i'll|i’ll|i will|i'?m going to|i’m going to|i am going to|i'?m gonna|i’m gonna|i shall|let me|i can(?!['’]t|not))";
// acts that happen later, by the speaker
const LATER_ACTS =
  '(?:remind|nudge|check in|check back|check on|ping|prompt|come back|be back|get back to|follow up|message you|text you|call you|tell you|say|let you know|give you a (?:nudge|reminder|prompt|ping))';

/** A sentence that promises something later. Case-insensitive; straight or curly apostrophes. */
export const PROMISE_PATTERN = new RegExp(
  [
    `\\b${FUTURE_SELF}\\b[^.?!]{0,40}?\\b${LATER_ACTS}\\b`,
    `\\bill (?:just )?${LATER_ACTS}\\b`,
    "\\bi(?:'?ve|’ve| have) (?:set|scheduled|started|put in) (?:a|the|your) (?:nudge|reminder|timer|alarm|check-in)\\b",
    "\\byou(?:'?ll|’ll| will) (?:get|hear|receive) (?:a|my|the|one) (?:nudge|reminder|ping|prompt|message|check-in)\\b",
    '\\b(?:a|the|your) (?:nudge|reminder|check-in) (?:is|has been) (?:set|scheduled|on its way|coming)\\b',
    "\\byou(?:'?ll|’ll| will) hear from me\\b",
    '\\bexpect (?:a|my) (?:nudge|reminder|message)\\b',
  ].join('|'),
  'i',
);

/** Promises no plan ever makes: other channels, other days. */
export const OFF_PLAN_PROMISE_PATTERN =
  /\b(?:i'll|i’ll|i will|i am going to|i'?m going to|i’m going to)\b.*\b(?:send you|email you|call you|text you|tomorrow|tonight|next week|every day|each day)\b/i;

/** "The nudge will say: \"…\"" / "You'll hear: \"…\"": the words a promise will bring. */
export const PROMISED_WORDS_PATTERN =
  /\b(will|'ll|going to)\b[^:"“]{0,30}:\s*["“]([^"“”]{1,120})["”][.!?]*\s*$/i;

export function isPromise(sentence: string): boolean {
  return PROMISE_PATTERN.test(sentence);
}

export function isOffPlanPromise(sentence: string): boolean {
  return OFF_PLAN_PROMISE_PATTERN.test(sentence);
}

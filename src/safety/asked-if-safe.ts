import type { SafetyState } from './state.ts';

/**
 * "Are you safe right now?" turns the check-in's polarity round: a "no" to it is danger, where a "no" to "are you
 * having thoughts of ending your life?" is the all-clear. The coach asks both kinds (abuse: "Are you safe where you
 * are right now?"; self-harm: "Are you safe from hurting yourself right now?"), and a replayed supporter may too.
 * Read on the therapist turn and kept in the safety state, so the next answer is read the right way round (round 17:
 * "sometimes i think everyone would be better off without me" / "Are you safe right now?" / "no" was thanked for
 * being safe).
 */

// the question asks after safety itself ("are you safe", "do you feel safe", "is it safe at home", "are u ok")
const SAFE_QUESTION =
  /\b(?:(?:are|r) (?:you|u)|do (?:you|u) feel|(?:is|r) it|is (?:home|the house))\s+(?:\w+\s+)?(?:safe|ok|okay|alright|all right)\b/i;

/** Whether the therapist's turn ends by asking if the person is safe (its last question, or its last sentence). */
export function asksIfSafe(sentences: readonly string[]): boolean {
  const questions = sentences.filter((sentence) => sentence.includes('?'));
  const last = questions.at(-1) ?? sentences.at(-1);
  return last !== undefined && SAFE_QUESTION.test(last);
}

// a no to that question, said plainly or in chat ("nah", "not really", "no im not", "not rn"); an unclear no ("no im
// not thinking of that") keeps the crisis path too: asking again is cheap
const NOT_SAFE =
  /^\s*(?:no+|nah+|nope|not really|not rn|not right now|not at all|not safe|not ok|not okay|i'?m not|im not|i am not|no i'?m not|no im not|not sure i am)\b/i;

/** Whether this answer, to a question asking if they are safe, says they are not. */
export function saysNotSafe(text: string | undefined): boolean {
  if (text === undefined) return false;
  const folded = text.replace(/[\u2018\u2019]/g, "'");
  // "no i'm safe", "no, im fine now": the no answers something else in the question; the safe words settle it
  if (
    /\b(?:safe|fine|ok|okay|alright)\b/i.test(folded) &&
    !/\bnot (?:safe|fine|ok|okay|alright)\b/i.test(folded)
  )
    return false;
  return NOT_SAFE.test(folded);
}

/** The safety state after a therapist turn: the flag kept only while true, so a state that never asked stays byte for byte. */
export function withSafeQuestion(safety: SafetyState, asked: boolean): SafetyState {
  if (asked) return { ...safety, askedIfSafe: true };
  if (safety.askedIfSafe === undefined) return safety;
  const { askedIfSafe: _dropped, ...rest } = safety;
  return rest;
}

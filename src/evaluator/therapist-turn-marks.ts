/**
 * The marks a therapist sentence can carry (explains, holds, crisis resource…), from the lexicon,
 * and the bit set a sentence's marks are kept in. Split from therapist-turn.ts (over ~300 lines):
 * one concept, the marks; the turn reading uses them.
 */
import * as lexicon from './therapist-lexicon.ts';

// "I've cancelled the reminder", "I've stopped the nudges I set", "no reminders for now"
const WITHDRAWS =
  /\b(?:i(?:'ve|’ve| have)?\s+)?(?:cancel+ed|stopped|called off|switched off|turned off|dropped)\s+(?:the|my|your|all|any|both|those|that)?\s*(?:\w+\s+)?(?:reminders?|nudges?|check-?ins?|timers?)\b|\bno (?:more )?(?:reminders|nudges) for now\b/i;

/**
 * The turn-level cues: none of these patterns (nor the ACT markers) reaches across a sentence end
 * (no anchors, no punctuation in them), so a turn has a cue exactly when one of its sentences has
 * it, and each sentence's marks are read once with the rest of its reading.
 */
export const MARKS = {
  explains: lexicon.EXPLAINS,
  holds: lexicon.HOLDS,
  closes: lexicon.CLOSES,
  shrinks: lexicon.SHRINKS,
  stepWords: lexicon.STEP_WORDS,
  abstract: lexicon.ABSTRACT_PHRASES,
  withdraws: WITHDRAWS,
  crisisAsks: lexicon.CRISIS_ASKS,
  crisisResource: lexicon.CRISIS_RESOURCE,
  crisisStays: lexicon.CRISIS_STAYS,
  collaboration: lexicon.COLLABORATION,
  autonomy: lexicon.AUTONOMY,
  confront: lexicon.CONFRONT,
  persuade: lexicon.PERSUADE,
  statesBoundary: lexicon.STATES_BOUNDARY,
  claimsHuman: lexicon.CLAIMS_HUMAN,
  promisesSecrecy: lexicon.PROMISES_SECRECY,
} as const;
export type Mark = keyof typeof MARKS;
export const MARK_NAMES = Object.keys(MARKS) as Mark[];
const bit = (mark: Mark) => 1 << MARK_NAMES.indexOf(mark);
// module-level, not a closure per turn: under tsx (keepNames) every named closure made costs a defineProperty
export const has = (marks: number, mark: Mark) => (marks & bit(mark)) !== 0;

/**
 * Whether a reflection says more than their words back (a meaning, a feeling, both sides, a doubt, the hurt
 * of a verdict, what the turn turns on): only such a one may end a turn alone. A 'meaning' or 'simple' one
 * whose clause has no sure meaning is said back plainly (realizer/meaning-of-clause.ts), and alone it read to
 * raters as a bare echo ("flat echo", "parrot": 8 of 60 on the r19 first fresh set; 94 of 907 seen replies).
 * @example carriesMeaning({ type: 'reflect-clause', depth: 'meaning', clause: { text: "i can't sleep", span: [0, 13] } }) // true
 */
import type { MoveOf } from '../spec/move.ts';
import { hasSureMeaning } from '../text/meaning-shape.ts';

// reflections whose words are ours, not theirs again
const OUR_WORDS = new Set([
  'mixed',
  'torn',
  'shrug',
  'capable',
  'reported',
  'judgement',
  'doubt',
  'double-sided',
  'hinge',
]);

export function carriesMeaning(move: MoveOf<'reflect-clause'>): boolean {
  if (OUR_WORDS.has(move.depth)) return true;
  if (move.depth === 'feeling') return move.feeling !== undefined;
  return hasSureMeaning(move.clause.text);
}

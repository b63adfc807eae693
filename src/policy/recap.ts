import type { Move } from '../spec/move.ts';

// a recap longer than this (in the person's words) reads as a list, not a sentence
const RECAP_WORDS = 14;

/**
 * A recap then a say-back of this turn read stitched ("So far I'm hearing that A, and B. So you C."):
 * a plain say-back (no feeling, no other side) becomes the recap's last clause instead, one sentence
 * ("…A, B, and C."). Not past one breath of words, and not when the turn's question already asks
 * about that clause. Undefined when there is nothing to join; else the moves with the say-back in.
 */
export function recapWithLastTurn(
  moves: readonly Move[],
  reflections: readonly Move[],
  questionOnClause: boolean,
): Move[] | undefined {
  const at = moves.findIndex((move) => move.type === 'summarize');
  const summary = moves[at];
  const [last, ...rest] = reflections;
  if (summary?.type !== 'summarize' || last?.type !== 'reflect-clause' || questionOnClause) return undefined;
  if (last.feeling || last.other) return undefined;
  const clauses = [...summary.clauses, last.clause];
  const words = clauses
    .map((clause) => clause.text)
    .join(' ')
    .split(/\s+/).length;
  if (words > RECAP_WORDS) return undefined;
  return [...moves.slice(0, at), { ...summary, clauses }, ...moves.slice(at + 1), ...rest];
}

/**
 * Phrase-bank units, built once per distinct move. The policy sends the same moves turn after
 * turn (the same step, the same reflection), and a unit built again is a fresh set of strings
 * the chooser must hash again; a cached unit hands back the very same strings, whose facts are
 * then found at once. unitsForMove is a pure function of what goes into the key.
 */
import type { Move } from '../spec/move.ts';
import type { Unit } from './chooser.ts';
import { unitsForMove } from './move-units.ts';
import type { PhraseContext } from './phrase-context.ts';

// bounded: a long-lived server starts afresh rather than grow
const LIMIT = 5_000;
const units = new Map<string, readonly Unit[]>();

/** Units for a move, as unitsForMove gives them; shared, so callers must not change them. */
export function cachedUnitsForMove(move: Move, context: PhraseContext, stated = false): readonly Unit[] {
  // a crisis reply reads the configured resources: always built afresh, and rare
  if (move.type === 'crisis') return unitsForMove(move, context, stated);
  // only propose-step reads the context (the person's value); the key holds what is read
  const value = move.type === 'propose-step' ? (context.slots?.value ?? '') : '';
  // a nudge's id is new each time and no phrasing reads it: left out, so the key repeats
  const content = move.type === 'schedule-nudge' ? { ...move, nudgeId: '' } : move;
  const key = `${stated ? 1 : 0}\u0000${value}\u0000${JSON.stringify(content)}`;
  let known = units.get(key);
  if (known === undefined) {
    if (units.size >= LIMIT) units.clear();
    known = unitsForMove(move, context, stated);
    units.set(key, known);
  }
  return known;
}

import type { Move } from '../spec/move.ts';

/** Moves a turn can drop when words are short: reflections and warmth, never an answer. */
export const OPTIONAL = new Set<Move['type']>([
  'reflect',
  'reflect-clause',
  'reflect-feeling',
  'validate',
  'defuse',
  'values-link',
]);

/** Fewer extras as fatigue rises: the answers stay, the reflections go first. */
export function trimOptional(moves: readonly Move[], fatigue: number): Move[] {
  const limit = fatigue >= 7 ? 1 : fatigue >= 4 ? 2 : 3;
  return moves.filter((move) => OPTIONAL.has(move.type)).slice(0, limit);
}

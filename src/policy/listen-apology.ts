/**
 * An apology for what they said ("sorry its just been a long day") is answered first in a listening
 * turn: a stock probe after it read to raters as not hearing it. Split from `listen.ts`.
 */
import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';

// what an answered apology leaves out: a summary or a topic's validation on top reads as a speech
const APOLOGY_DROPS = new Set<Move['type']>(['summarize', 'validate-topic', 'affirm', 'say-scope']);
const REFLECTING = new Set<Move['type']>(['reflect-clause', 'reflect-feeling', 'summarize', 'affirm']);

/** The listening plan, with an apology of theirs answered first: then one say-back and the question. */
export function answerApologyFirst(
  state: SessionState,
  observations: readonly Observation[],
  moves: Move[],
): Move[] {
  const said =
    state.therapistTurns > 0 ? observations.find((item) => item.kind === 'apology')?.said : undefined;
  if (!said || moves.some((move) => move.type === 'own-miss' || move.type === 'take-up-question'))
    return moves;
  const kept = moves.filter((move) => !APOLOGY_DROPS.has(move.type));
  const question = kept.findLast((move) => move.type === 'open-question' || move.type === 'ask-permission');
  const reflection = kept.find((move) => REFLECTING.has(move.type));
  return [
    { type: 'answer-apology', said },
    ...(reflection && said !== 'plain' ? [reflection] : []),
    ...(question ? [question] : []),
  ];
}

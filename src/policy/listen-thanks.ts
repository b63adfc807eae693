/**
 * A turn of thanks in a listening turn: thanks with nothing else told is answered warmly and left
 * there; a dry one owns the miss. Split from `listen.ts` (one concept a file).
 */
import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { Observation, ThanksObservation } from '../spec/observation.ts';
import { ownUnhelpful } from './unhelpful-answer.ts';

// what a turn of thanks may carry and still be only thanks
const TOLD = new Set<Observation['kind']>(['statement', 'emotion', 'worry', 'sensation', 'self-judgement']);

/**
 * A thanks with nothing else told is answered warmly and left there ("What's the hardest part of
 * that for you?" after one read as a rebuke); a dry one ("yeah thanks thats really comforting")
 * owns the miss instead.
 */
export function thanksAnswer(state: SessionState, observations: readonly Observation[]): Move[] | undefined {
  const thanks = observations.find((item): item is ThanksObservation => item.kind === 'thanks');
  if (!thanks || state.therapistTurns === 0) return undefined;
  if (thanks.wry) return ownUnhelpful(state, observations);
  if (observations.some((item) => TOLD.has(item.kind) || item.kind === 'their-question')) return undefined;
  return [{ type: 'answer-thanks' }];
}

/**
 * Whether this client turn turned down an offer or a suggestion the last therapist turn made
 * (ours, or another helper's in a replayed chat). Why: a stock "Would it help to think about one
 * small next step…?" asked again after "no, I just need to get it out" read to blind raters as not
 * listening (v20, rated 2); once they said no, a step is offered again only when they ask.
 */
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import type { SessionState } from './state.ts';

// moves that put a step or an idea on the table
const OFFERING: ReadonlySet<Move['type']> = new Set([
  'ask-permission',
  'propose-step',
  'shrink-step',
  'answer-concrete',
]);

export function turnedDownAnOffer(state: SessionState, observations: readonly Observation[]): boolean {
  const offered =
    state.permissionAsked ||
    state.lastSuggestion !== undefined ||
    state.lastTherapistMoves.some((move) => OFFERING.has(move.type));
  if (!offered) return false;
  return observations.some((item) => item.kind === 'decline' || item.kind === 'push-back');
}

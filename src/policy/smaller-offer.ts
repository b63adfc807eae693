/**
 * After a miss on a named task, the concrete thing offered instead: a step on their task smaller
 * than what was on the table (the last step, or the first one we would offer), asked as an offer.
 */
import type { SessionState } from '../session/state.ts';
import type { MoveOf } from '../spec/move.ts';
import { ownTask } from './offer-timing.ts';
import { firstStep, shrink } from './step-choice.ts';

export function smallerOffer(state: SessionState): MoveOf<'ask-permission'> | undefined {
  if (!ownTask(state)) return undefined;
  return { type: 'ask-permission', step: shrink(state.currentStep ?? firstStep(state), state) };
}

/**
 * "that didn't help", "yeah thanks thats really comforting": the miss is owned in a line and
 * something concrete and different follows — a smaller step on the task they named, or the fear
 * they said earlier, taken up. Why: "You're right, that didn't really help. What kind of help would
 * make a difference here?" hands the work back to someone who just said we failed them (rated 3 on
 * fresh v20); the human references offer one concrete thing instead.
 */
import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { smallerOffer } from './smaller-offer.ts';
import { worryQuestion } from './take-up-worry.ts';

export function ownUnhelpful(state: SessionState, observations: readonly Observation[] = []): Move[] {
  const worry = worryQuestion(state);
  // a fear said in this very turn ("but what if mine only goes down") is what they want heard
  if (worry && observations.some((item) => item.kind === 'worry'))
    return [{ type: 'own-miss', missed: 'unhelpful', instead: true }, worry];
  const offer = smallerOffer(state);
  if (offer) return [{ type: 'own-miss', missed: 'unhelpful', instead: true }, offer];
  if (worry) return [{ type: 'own-miss', missed: 'unhelpful', instead: true }, worry];
  return [{ type: 'own-miss', missed: 'unhelpful' }];
}

/**
 * A possible risk stays a question, not a state the person is locked in: once a turn after it
 * carries no risk, no "yes" and no doubt ("idk"), they have moved on (the check-in answered by
 * talking about something else, or never asked by the other supporter of a replayed chat). The
 * crisis path steps back with its line left open, as it does for a request (src/safety/state.ts);
 * the full script again on "Also my wife always did the paperwork." read to raters as not listening.
 * A clear risk still waits for "I'm safe"; risk read again opens the path again.
 */
import { confirmsRisk, type SafetyState, saysNotSafe } from '../safety/index.ts';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';

export function steppedBack(
  safety: SafetyState,
  observations: readonly Observation[],
  text: string | undefined,
): SafetyState {
  if (safety.phase !== 'crisis' || safety.stage !== 'still-at-risk') return safety;
  if (safety.focus !== 'self' || safety.lastRisk?.level !== 'possible') return safety;
  // "Are you safe right now?" / "no" carries no risk word, yet it is no moving on
  if (safety.askedIfSafe && saysNotSafe(text)) return safety;
  const doubt = observations.some(
    (item) => item.kind === 'risk' || item.kind === 'hedge' || item.kind === 'assent',
  );
  if (doubt || confirmsRisk(text, observations)) return safety;
  return { ...safety, phase: 'returned', stage: 'moved-on' };
}

/**
 * A therapist turn (ours or, in a replay, another supporter's) after a possible risk: one that asked nothing of
 * safety passed it over as ordinary talk. If the person then carries on with no risk, no yes and no doubt, the
 * read was shown ordinary and the way out is no line at all (src/safety/plan.ts); the end-of-session check is
 * still owed. Judged v4–v18 replies: a helpline tail after "I wrote 3 drafts" and "he is 84 and alone at night".
 */
export function passedOverBy(safety: SafetyState, moves: readonly Move[], askedSafety = false): SafetyState {
  if (safety.phase !== 'crisis' || safety.focus !== 'self' || safety.lastRisk?.level !== 'possible')
    return safety;
  // a replayed supporter who asked the check-in in their own words did not pass it over (therapist-asked-safety.ts)
  if (askedSafety || moves.some((move) => move.type === 'crisis')) return safety;
  return { ...safety, passedOver: true };
}

import type { Clock } from '../../spec/clock.ts';
import type { FiredNudge, SessionStore } from '../../store/types.ts';
import type { NudgeFirer } from '../scheduler.ts';

/** A stand-in for the coach's firer (tests, benchmark): says the cue as the turn, through the atomic fire. */
export function createCueFirer(
  store: SessionStore,
  clock: Clock,
  onFired: (fired: FiredNudge) => void = () => {},
): NudgeFirer {
  return async (nudge, { lateMs }) => {
    const at = clock.now();
    const fired = await store.fireNudge({
      nudgeId: nudge.id,
      firedAt: at,
      events: [{ type: 'therapist-said', at, text: nudge.cue, nudge: true, nudgeId: nudge.id, lateMs }],
    });
    if (fired) onFired(fired);
    return fired;
  };
}

/**
 * "Check on me at 11" said at 10pm is 11pm tonight, not 11am tomorrow; "ring me at 7" said at 8pm is 7am
 * tomorrow, not 7pm tomorrow (fresh v28 replies promised the far half). Understanding marks an hour no
 * word placed in the day (`clockHalfGuessed`); it cannot see the hour it is said at, the policy can.
 * The usual half stays unless it is more than 12 hours off, so the other half comes first; never the
 * small hours (midnight to 6am), which nobody asks for without saying so. Pure: the turn's time and the
 * person's zone come from the state.
 */
import type { SessionState } from '../session/state.ts';
import type { RequestObservation } from '../spec/observation.ts';
import { resolveAtClock } from '../understanding/index.ts';

const HALF_DAY_MS = 12 * 60 * 60 * 1000;
const SMALL_HOURS_END = 6;

/** The clock time to keep for the request's `atClock`: the half of the day that comes sooner, when unsaid. */
export function saidHourHalf(state: SessionState, request: RequestObservation): string | undefined {
  const { atClock } = request;
  // a day said beside the hour ("tomorrow at 7", "friday at 6") is that day's usual half
  if (!atClock || !request.clockHalfGuessed || request.day || request.weekday) return atClock;
  const match = /^(\d{2}):(\d{2})$/.exec(atClock);
  if (!match) return atClock;
  const due = resolveAtClock(atClock, state.lastAt, state.timeZone);
  if (due - state.lastAt <= HALF_DAY_MS) return atClock;
  const otherHour = (Number(match[1]) + 12) % 24;
  if (otherHour < SMALL_HOURS_END) return atClock;
  return `${String(otherHour).padStart(2, '0')}:${match[2]}`;
}

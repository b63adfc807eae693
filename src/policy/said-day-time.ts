/**
 * "Remind me on monday", "check on me tonight", "after work": the nudge is kept on the day and in the
 * part of the day the person said (understanding/request-day.ts reads them), at a time the reply names
 * so they can change it, never the default minute (a promise of something they did not ask for).
 * A part of today already gone ("tonight" said at 11pm) is an hour from now, said as an hour.
 * Pure: the turn's time and the person's zone come from the state.
 */
import { zoneFormat } from '../clock/zone-format.ts';
import type { SessionState } from '../session/state.ts';
import { type RequestObservation, WEEKDAYS, type Weekday } from '../spec/observation.ts';
import { resolveAtClock } from '../understanding/index.ts';
import { TIME_OF } from './tomorrow-time.ts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** When a nudge on a said day or part of today is kept: the wait, and the clock time and weekday to say. */
export type SaidDayTime = { afterMs: number; atClock?: string; weekday?: Weekday };

/** The time to keep a nudge asked for a weekday or a part of today, or undefined when none was said. */
export function saidDayTime(state: SessionState, request: RequestObservation): SaidDayTime | undefined {
  if (request.afterMs !== undefined || request.day === 'tomorrow' || request.tomorrowPart) return undefined;
  if (request.weekday) {
    const atClock = request.atClock ?? TIME_OF[request.dayPart ?? 'unsaid'];
    const due = onWeekday(state, request.weekday, atClock);
    // the day they named is said back by its name, tomorrow too: "friday at 6" answered "6pm tomorrow"
    // read to a fresh v28 rater as a different day from the one asked
    return { afterMs: due - state.lastAt, atClock, weekday: request.weekday };
  }
  if (!request.dayPart || request.atClock) return undefined;
  const atClock = TIME_OF[request.dayPart];
  const due = resolveAtClock(atClock, state.lastAt, state.timeZone);
  // past today's time for that part, the clock shows it next tomorrow: the part is gone, but
  // "in the morning" said after it is the next morning
  const gone = due <= state.lastAt || !withinOneMidnight(state, due);
  if (gone && request.dayPart !== 'morning') return { afterMs: HOUR_MS };
  return { afterMs: due - state.lastAt, atClock };
}

/** The first `atClock` on the next `weekday` after today (a week on when today is that day). */
function onWeekday(state: SessionState, weekday: Weekday, atClock: string): number {
  const today = weekdayAt(state.lastAt, state.timeZone);
  const days = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(today) + 7) % 7 || 7;
  let midnight = state.lastAt;
  for (let day = 0; day < days; day++) midnight = resolveAtClock('00:00', midnight + 1, state.timeZone);
  return resolveAtClock(atClock, midnight, state.timeZone);
}

/** Whether `due` falls before the coming midnight (today). */
function withinOneMidnight(state: SessionState, due: number): boolean {
  return due < resolveAtClock('00:00', state.lastAt + 1, state.timeZone);
}

function weekdayAt(instant: number, timeZone: string | undefined): Weekday {
  // the instant given, never the wall clock: 1 January 1970 (instant 0) was a Thursday in UTC
  let name = WEEKDAYS[(((Math.floor(instant / DAY_MS) + 4) % 7) + 7) % 7] as string;
  try {
    name = zoneFormat(timeZone ?? 'UTC', 'weekday')
      .format(instant)
      .toLowerCase();
  } catch {
    // an unknown zone reads as UTC, as resolveAtClock does
  }
  return WEEKDAYS.find((day) => day === name) ?? 'monday';
}

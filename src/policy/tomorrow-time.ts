/**
 * "Remind me tomorrow" with no clock time: kept at a sensible time tomorrow that the reply names
 * (9am, or the part of the day they said), never the default minute (a promise broken the other
 * way). Understanding reads the day and its part (`tomorrowPart`, understanding/tomorrow-part.ts);
 * the time kept for each part is the policy's choice.
 */
import type { DayPart, RequestObservation } from '../spec/observation.ts';

/** The clock time kept for a part of a day (and for a day said with no part): one table for every said day. */
export const TIME_OF: Record<DayPart | 'unsaid', string> = {
  morning: '09:00',
  midday: '12:00',
  afternoon: '14:00',
  evening: '18:00',
  night: '20:00',
  unsaid: '09:00',
};

/** The clock time to keep a nudge asked for "tomorrow" with no time, or undefined when it is not one. */
export function tomorrowTime(request: RequestObservation): string | undefined {
  if (request.atClock || request.afterMs !== undefined) return undefined;
  // a day read without its part (an observation from before `tomorrowPart`) is the morning
  const part = request.tomorrowPart ?? (request.day === 'tomorrow' ? 'unsaid' : undefined);
  return part ? TIME_OF[part] : undefined;
}

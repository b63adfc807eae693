/**
 * "Remind me tomorrow" with no clock time: kept at a sensible time tomorrow that the reply names
 * (9am, or the part of the day they said), never the default minute (a promise broken the other
 * way). Understanding may report `day: 'tomorrow'` without `atClock`; until it does for every
 * form, the words of the turn are read here for the day and the part of it (debt: this belongs
 * in understanding, as their-question.ts does).
 */
import type { RequestObservation } from '../spec/observation.ts';

const TOMORROW = /\b(?:tomorrow|tmrw|tmr|tmw|tomoz|2moro|2morrow)\b/i;
// a part of the day said beside "tomorrow", and the time it is kept at
const PARTS: readonly [RegExp, string][] = [
  [/\bmorning\b/i, '09:00'],
  [/\b(?:lunch|lunchtime|midday|noon)\b/i, '12:00'],
  [/\bafternoon\b/i, '14:00'],
  [/\b(?:evening|after work|after dinner)\b/i, '18:00'],
  [/\bnight\b/i, '20:00'],
];
const DEFAULT_TIME = '09:00';
const NEAR_CHARS = 24;

/** The clock time to keep a nudge asked for "tomorrow" with no time, or undefined when it is not one. */
export function tomorrowTime(request: RequestObservation, text: string | undefined): string | undefined {
  if (request.atClock || request.afterMs !== undefined) return undefined;
  // only the words just after the ask ("remind me tomorrow evening"), not a day said elsewhere
  // in the turn ("remind me later, the exam is tomorrow")
  const said = (text ?? '').slice(request.span[0], request.span[1] + NEAR_CHARS);
  if (request.day !== 'tomorrow' && !TOMORROW.test(said)) return undefined;
  for (const [words, time] of PARTS) if (words.test(said)) return time;
  return DEFAULT_TIME;
}

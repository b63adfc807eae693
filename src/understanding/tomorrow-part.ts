/**
 * "Remind me tomorrow", "ping me tmrw evening": the day said just after an ask, and the part of the day
 * said beside it. Read here so the policy picks the time from an observation, not from the turn's words
 * (DESIGN: the policy reads observations). Only the words right after the ask count ("remind me later,
 * the exam is tomorrow" is no nudge tomorrow).
 */
import type { DayPart, RequestObservation } from '../spec/observation.ts';

const TOMORROW = /\b(?:tomorrow|tmrw|tmr|tmw|tomoz|2moro|2morrow)\b/i;
// checked in this order: "tomorrow morning after work" is the morning
const PARTS: readonly [RegExp, DayPart][] = [
  [/\bmorning\b/i, 'morning'],
  [/\b(?:lunch|lunchtime|midday|noon)\b/i, 'midday'],
  [/\bafternoon\b/i, 'afternoon'],
  [/\b(?:evening|after work|after dinner)\b/i, 'evening'],
  [/\bnight\b/i, 'night'],
];
// how far past the ask "tomorrow" and its part may be said ("remind me tomorrow afternoon pls")
const NEAR_CHARS = 24;

/** The request with `tomorrowPart` when the words just after it say tomorrow (and maybe when in it). */
export function withTomorrowPart(request: RequestObservation, text: string): RequestObservation {
  const said = text.slice(request.span[0], request.span[1] + NEAR_CHARS);
  if (request.day !== 'tomorrow' && !TOMORROW.test(said)) return request;
  const part = PARTS.find(([words]) => words.test(said))?.[1];
  return { ...request, tomorrowPart: part ?? 'unsaid' };
}

/**
 * "Could you message me Sunday evening? Maybe 7.": a part of the day said, then a bare number for the hour
 * ("maybe 7", "around 8", "say 7ish", "7?"). The number is the time, in the half the part says: 7pm, not the
 * part's usual 6pm (the lead's fresh r19 class, rated 1 for accuracy). Read after the ask only, and only an
 * hour with no unit after it ("maybe 7 mins" is a wait, "like 7 quid" a price).
 */
import type { DayPart } from '../spec/observation.ts';

const BARE_HOUR =
  /(?:^|[\s,.?!;:(-])(?:(?:maybe|say|around|about|like|at|@|by|ideally|prob(?:ably)?|roughly)\s+)?(1[0-2]|[1-9])(?:[:.]([0-5]\d))?\s*(?:ish)?(?=\s*(?:$|[?!.,;)]|o'?clock\b|please\b|pls\b|if\b|then\b|or\b|and\b|would\b|works?\b|is\b|ok\b))/g;
// a number that counts something, not an hour
const NOT_AN_HOUR =
  /^\s*(?:mins?|minutes?|hours?|hrs?|days?|weeks?|pages?|things?|times?|quid|pounds?|%|x\b)/;

/** The clock time ('HH:MM') for a bare hour said after `from` in the part of the day said, if one is. */
export function hourInPart(text: string, from: number, part: DayPart): string | undefined {
  const after = text.slice(from).toLowerCase();
  for (const match of after.matchAll(BARE_HOUR)) {
    const end = (match.index ?? 0) + match[0].length;
    if (NOT_AN_HOUR.test(after.slice(end))) continue;
    const hour = Number(match[1]);
    const minute = match[2] ?? '00';
    const inPart = partHour(hour, part);
    return inPart === undefined ? undefined : `${String(inPart).padStart(2, '0')}:${minute}`;
  }
  return undefined;
}

function partHour(hour: number, part: DayPart): number | undefined {
  if (part === 'morning') return hour >= 5 && hour <= 11 ? hour : undefined;
  if (part === 'midday') return hour === 12 ? 12 : hour <= 2 ? hour + 12 : hour === 11 ? 11 : undefined;
  if (part === 'afternoon') return hour >= 12 ? 12 : hour <= 6 ? hour + 12 : undefined;
  // evening and night: 4pm to 11pm
  return hour >= 4 && hour <= 11 ? hour + 12 : undefined;
}

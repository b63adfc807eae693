/**
 * "Remind me on monday", "check on me tonight", "nudge me after work", "by friday", "next week": the day
 * or the part of today said with a nudge ask. Without it the nudge came in the default minute and the
 * reply promised that minute: a promise of something other than what was asked (issue 16, round 10).
 * Read here so the policy keeps the day from an observation (DESIGN: the policy reads observations).
 * Only the words of the ask's own clause count, up to a comma or a reason ("remind me later, the exam
 * is on monday" is no nudge on monday). "Tomorrow" is tomorrow-part.ts's.
 */
import { type DayPart, type RequestObservation, WEEKDAYS, type Weekday } from '../spec/observation.ts';
import { hourInPart } from './clock-part-hour.ts';

const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b/i;
// as people type them ("fri at 6", "thurs morning"); "sat", "sun", "mon" and "wed" are other words too, so
// they count only with a day's own words beside them ("on sat", "sun morning", "wed at 4")
const SHORT_WEEKDAY =
  /\b(fri|thurs?|thu|tues?|weds)\b\.?|(?:\b(?:on|this|next|by|til|till|until)\s+)(sat|sun|mon|wed)\b|\b(sat|sun|mon|wed)\b(?=\.?\s*(?:at\b|@|\d|morning|afternoon|evening|night|eve\b|lunch))/i;
const SHORT_NAMES: Record<string, Weekday> = {
  fri: 'friday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  tue: 'tuesday',
  tues: 'tuesday',
  weds: 'wednesday',
  wed: 'wednesday',
  sat: 'saturday',
  sun: 'sunday',
  mon: 'monday',
};
// the week ahead starts on its Monday; the weekend on its Saturday
const NEXT_WEEK = /\bnext week\b/i;
const WEEKEND = /\b(?:the |this |next )?weekend\b/i;
// a part of today, or of the weekday said beside it; checked in this order ("tonight after dinner" is night)
const TODAY_PARTS: readonly [RegExp, DayPart][] = [
  [/\b(?:tonight|tonite|2nite)\b/i, 'night'],
  [/\bthis (?:evening|eve)\b|\bafter (?:work|dinner|tea|my shift)\b|\bend of (?:the |to)?day\b/i, 'evening'],
  [/\bthis afternoon\b|\bafter lunch\b/i, 'afternoon'],
  [/\bat lunch(?:time)?\b|\blunchtime\b/i, 'midday'],
  // "in the morning" said in the evening is the next one (said-day-time.ts)
  [/\b(?:this|in the) morning\b|\bfirst thing\b/i, 'morning'],
];
// a time said that no reading here keeps: too far or too vague to set ("next month", "at some point");
// the reply says so and asks for a day and a time, never the default minute (said-day-time.ts)
const UNKEPT =
  /\b(?:the day after (?:tomorrow|tmrw|tmr)|(?:in|within) (?:a |an |one |two |three |four |\d{1,2} |a few |a couple(?: of)? |few |couple(?: of)? )?(?:days?|weeks?|months?|years?)|next (?:month|year)|(?:at|by|before|for) the end of (?:the |this |next )?(?:week|month|year|term)|(?:on|by) the \d{1,2}(?:st|nd|rd|th)|(?:at )?some ?(?:point|time|day)|one of these days)\b/i;
const WEEKDAY_PARTS: readonly [RegExp, DayPart][] = [
  [/\bmorning\b/i, 'morning'],
  [/\b(?:lunch|lunchtime|midday|noon)\b/i, 'midday'],
  [/\bafternoon\b/i, 'afternoon'],
  [/\b(?:evening|after work|after dinner)\b/i, 'evening'],
  [/\bnight\b/i, 'night'],
];
// the ask's clause ends at a stop, a comma or a reason told after it
const CLAUSE_END = /[.,;!?\n]|\b(?:but|because|cos|coz|cuz|since|as)\b/i;
// how far past the ask the day may be said ("remind me to send the housing form on monday")
const NEAR_CHARS = 48;
const FRONTED_CHARS = 32;
const CLAUSE_SPLIT = /[.,;!?\n]|\b(?:but|because|cos|coz|cuz|since|as|and)\b/i;
// "tomorrow" (tomorrow-part.ts), "every monday" (a habit, not one nudge) and a time already said
const NOT_THIS = /\b(?:tomorrow|tmrw|tmr|tmw|tomoz|2moro|2morrow|every|each)\b/i;

/** The request with `weekday` and `dayPart` when the words of its clause say a day or a part of today. */
export function withRequestDay(request: RequestObservation, text: string): RequestObservation {
  if (request.type !== 'nudge' || request.afterMs !== undefined) return request;
  const said = saidWith(request, text);
  const unkept = request.atClock ? undefined : UNKEPT.exec(said)?.[0];
  if (unkept) {
    // "the day after tomorrow" is not tomorrow
    const { day: _day, tomorrowPart: _part, ...rest } = request;
    return { ...rest, timeUnkept: unkept.toLowerCase() };
  }
  if (request.day === 'tomorrow' || request.tomorrowPart) return request;
  if (NOT_THIS.test(said)) return request;
  const weekday = weekdayOf(said);
  if (weekday) {
    if (request.atClock) return { ...request, weekday };
    const part = WEEKDAY_PARTS.find(([words]) => words.test(said))?.[1];
    return { ...request, weekday, ...(part ? withPartHour(request, text, part, said) : {}) };
  }
  // a clock time said ("tonight at 8") is already the time
  if (request.atClock) return request;
  const part = TODAY_PARTS.find(([words]) => words.test(said))?.[1];
  if (part) return { ...request, ...withPartHour(request, text, part, said) };
  // "remind me after the school run", "ping me before bed": an event the coach cannot see and no time for
  // it. It is the ask's condition, and the reply asks for a time (a nudge in the default minute would
  // promise a time they did not ask for)
  const event = request.condition === undefined ? EVENT.exec(said)?.[0].trim() : undefined;
  if (event) return { ...request, condition: event, timeUnkept: event.toLowerCase() };
  // "remind me when the kids are in bed", "when i get home message me": the same, said with "when" or "once"
  // (the condition is already read); "if i start scrolling" is a watch from now, the default check-in
  const awaited = request.condition && AWAITED_EVENT.test(request.condition) ? request.condition : undefined;
  return awaited ? { ...request, timeUnkept: awaited.toLowerCase() } : request;
}

// an event to wait for, not a state that may come any minute ("when i start drifting", "whenever i stall")
const AWAITED_EVENT =
  /^(?:when|once|as\s+soon\s+as|the\s+moment)\s+(?!.*\b(?:start\w*|stuck|still|drift\w*|distracted|scroll\w*|los(?:e|ing)\s+(?:focus|track)|zon(?:e|ing)\s+out|stall\w*|slip\w*|freez\w*|panic\w*|spiral\w*|avoid\w*|procrastinat\w*|fiddl\w*|quiet|silent|go\s+quiet)\b)/i;

// an event said with "after"/"before": not a time, not a part of today (those are read above), not "that"
const EVENT =
  /\b(?:after|before)\s+(?!(?:that|this|it|then|now|an?|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight|lunch|dinner|tea|work|my\s+shift|tomorrow|tmrw|today|tonight)\b)(?:(?:the|my|his|her|our|their|i|i've|ive|we)\s+)?[a-z][a-z']+(?:\s+(?!(?:and|to|so|then|pls|please|plz|or|but|if|ok|okay|lol|because|cos|coz)\b)[a-z][a-z']+){0,2}/i;

// "after lunch", "after dinner": a part of the day said as what comes first, so it is the ask's condition too
// (as the seen sets label it); the part keeps the time the reply names
const MEAL_OR_WORK = /\bafter\s+(?:lunch|dinner|tea|breakfast|work|my\s+shift)\b/i;

/** The part of the day, the hour said in it after the ask ("sunday evening? maybe 7" → 19:00), and an "after …". */
function withPartHour(request: RequestObservation, text: string, part: DayPart, said = '') {
  const atClock = hourInPart(text, request.span[1], part);
  const after = request.condition === undefined ? MEAL_OR_WORK.exec(said)?.[0].toLowerCase() : undefined;
  return { dayPart: part, ...(atClock ? { atClock } : {}), ...(after ? { condition: after } : {}) };
}

/** The words of the ask's own clause: a little before it, the ask, and what follows up to a break. */
function saidWith(request: RequestObservation, text: string): string {
  const after = text.slice(request.span[1], request.span[1] + NEAR_CHARS);
  const cut = CLAUSE_END.exec(after);
  // said before the ask in its own clause too ("on monday can you remind me")
  const before = text.slice(Math.max(0, request.span[0] - FRONTED_CHARS), request.span[0]);
  const fronted = before.split(CLAUSE_SPLIT).at(-1) ?? '';
  const own = text.slice(request.span[0], request.span[1]);
  return `${fronted} ${own} ${cut ? after.slice(0, cut.index) : after}`;
}

function weekdayOf(said: string): Weekday | undefined {
  const named = WEEKDAY.exec(said)?.[1]?.toLowerCase();
  if (named) return WEEKDAYS.find((day) => day === named);
  const short = SHORT_WEEKDAY.exec(said);
  const written = (short?.[1] ?? short?.[2] ?? short?.[3])?.toLowerCase();
  if (written) return SHORT_NAMES[written];
  if (NEXT_WEEK.test(said)) return 'monday';
  if (WEEKEND.test(said)) return 'saturday';
  return undefined;
}

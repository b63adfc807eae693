/**
 * Clock times as people say them ("at 3pm", "half 4", "quarter to four", "noon", "9 tonight",
 * "17:30", "at 1") read into a wall-clock time 'HH:MM' (24-hour) in the person's own time zone.
 * Resolving it to an instant is the session's job, through the Clock and the person's zone
 * (resolveAtClock below); see docs/decisions/clock-times.md.
 *
 * A bare hour from 1 to 6 reads as afternoon ("at 4" → 16:00): nobody asks for a nudge at 4 in
 * the morning. 7 and 8 read as evening ("remind me at 8 to take my meds", "come back to me at 8":
 * the writers of data/blind/understanding-v5/v6 meant 20:00 in 8 of 10 bare cases) unless the words
 * say morning ("wake me at 7", "8 tomorrow"); 9 to 11 read as morning unless the words say evening
 * ("9 tonight", "at 11 to go to sleep").
 */

import { zoneFormat } from '../clock/zone-format.ts';
import { partSaidJustBefore } from './clock-context.ts';

const WORD_HOURS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const HOUR = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const MERIDIEM = '\\s*(a\\.?m\\.?|p\\.?m\\.?)';
// "9 tomorrow night" (v12); "tmrw", "tmr" as people write tomorrow
const TOMORROW = '(?:tomorrow|tmrw|tmr|tmrrw|tomoz|tomorow)';
const EVENING = new RegExp(
  `^\\s*(?:ish\\s+)?(?:tonight|tonite|this (?:evening|afternoon)|in (?:the )?(?:evening|afternoon)|at night|${TOMORROW} (?:night|evening|afternoon)|pm)\\b`,
);
const MORNING = new RegExp(`^\\s*(?:ish\\s+)?(?:this morning|in (?:the )?morning|${TOMORROW} morning|am)\\b`);
// "5.30 tomorrow", "6.45 tomorrow", "half six tmrw": an early hour said with tomorrow is the morning's (v9, v10,
// v11: no writer meant 5 or 6 tomorrow afternoon); "tomorrow at 3:30" stays the afternoon
const EARLY_TOMORROW = new RegExp(`^\\s*(?:ish\\s+)?${TOMORROW}\\b(?!\\s+(?:night|evening|afternoon))`);
// the part of the day said just before the time: "tonight at 9", "this evening around 8.15"
const EVENING_BEFORE = /\b(?:tonight|this evening|this afternoon)\s+(?:at\s+|@\s*|around\s+|about\s+)?$/;
const MORNING_BEFORE = /\b(?:tomorrow|this morning)\s+(?:morning\s+)?(?:at\s+|@\s*|around\s+|about\s+)?$/;
const WAKING_WORDS = /\b(?:wake|waking|get up|getting up|out of bed|alarm)\b/;
// anywhere in the turn: what is done at that hour says which half of the day it is
// a place opening is the start of a day, closing its end ("before the studio opens", "when the rink closes":
// the lead's fresh r19 class)
const MORNING_WORDS =
  /\b(?:(?:before|till|until|when|as)\s+(?:\w+\s+){0,3}opens|wake|woke|waking|get up|getting up|out of bed|still in bed|alarm|breakfast|morning|before work|stand-?up|(?:leave|leaves|leaving|head|heads|off) (?:for|to) (?:school|work))\b/;
// "the kids go down around 8", "once mums asleep", "log off", "switch off", "when the match finishes" (v3,
// v4, v6, v8, v10); "late" for an appointment ("or ill be late again", "so im not late") says nothing of
// the hour (v1, v17); "at 10 at night", "parked up for the night" (v17); the phone put away, screens off,
// winding down, doomscrolling: the end of the day (round 13, a v23 class: "remind me at 10:30 to put the
// phone away" was read as the morning); a child settled, an evening's practice (the lead's v31 class: "at 9
// after he's settled", "after choir practice, around nine")
const EVENING_WORDS =
  /\b(?:(?:before|when|as|after)\s+(?:\w+\s+){0,3}closes|tonight|this evening|at night|for the night|bed|bedtime|sleep|asleep|settled|(?:choir|band|football|rugby|netball|cricket|orchestra) practice|after (?:practice|choir|training|the gym)|(?<!\bbe |\bbeing |\brunning |\bnot )late|dinner|tiktok|after (?:my )?(?:work|shift)|(?:go|goes|went|gone) down|(?:log|logging|switch|switching|shut|shutting) off|the match|(?:put|putting|puts) (?:the |my )?phone (?:away|down)|phone away|screens? off|wind(?:ing)? down|lights out|pyjamas|pjs|doom ?scroll\w*)\b/;

const MONEY_BEFORE =
  /(?:[£$€]\s*|\b(?:cost|costs|costing|paid|pay|pays|price|priced|worth|spent|spend|owe|owes|charged|fee|bill)\s+(?:me\s+|us\s+|like\s+|about\s+|around\s+)?)$/;

/** Around one clock time: the words after it, before it, and the whole turn. */
type Near = { after: string; before: string; whole: string; earlier: string; guessed?: true };

/**
 * `halfGuessed`: no word said which half of the day ("at 11", "at 7"), so `atClock` is the usual
 * half; the policy, which knows the hour it is said at, may take the other ("at 11" said at 10pm).
 */
export type FoundClockTime = { atClock: string; span: [number, number]; halfGuessed?: true };

const PATTERNS: Array<{ pattern: RegExp; read(match: RegExpExecArray, near: Near): number | undefined }> = [
  { pattern: /\b(?:noon|midday|lunchtime at 12)\b/g, read: () => 12 * 60 },
  { pattern: /\bmidnight\b/g, read: () => 0 },
  {
    // "quarter to four", "quarter past 9", "half past six", "twenty past 3"
    pattern: new RegExp(
      // not a range of minutes ("in 10 to 15 min")
      `\\b(quarter|half|ten|twenty|five|twenty-five|\\d{1,2}) (past|to|after) ${HOUR}\\b(?!\\s*(?:mins?|minutes?|hours?|hrs?|secs?|seconds?)\\b)`,
      'g',
    ),
    read: (match, near) => {
      const minutes =
        { quarter: 15, half: 30, ten: 10, twenty: 20, five: 5, 'twenty-five': 25 }[match[1]] ??
        Number(match[1]);
      const hour = hourOf(match[3], undefined, near);
      if (hour === undefined || !Number.isFinite(minutes) || minutes >= 60) return undefined;
      return match[2] === 'to' ? hour * 60 - minutes : hour * 60 + minutes;
    },
  },
  {
    // British "half 4" = 4:30
    pattern: new RegExp(`\\bhalf ${HOUR}\\b(?! (?:hours?|minutes?|mins?))`, 'g'),
    read: (match, near) => {
      const hour = hourOf(match[1], undefined, near);
      return hour === undefined ? undefined : hour * 60 + 30;
    },
  },
  {
    // "3pm", "3:30 pm", "7.30 tonight", "at 3", "around 5", "17:30", "17 o'clock", "at 9 tonight", "at like 4"
    pattern: new RegExp(
      `\\b(?:(?:at|around|about|by|@|for|till|until|before|after|when it'?s|when its)\\s+(?:like\\s+|about\\s+|around\\s+|roughly\\s+)?)?(\\d{1,2})(?:[:.](\\d{2})|\\s([0-5]\\d)(?=\\s*(?:a\\.?m\\b|p\\.?m\\b|$|[,.!?;]|\\s+(?!(?:min|mins|minutes?|hours?|hrs?|secs?|seconds?|days?|weeks?|years?|%|times|people|of)\\b))))?(?:${MERIDIEM}|\\s*o\\s?'?\\s?clock)?(?:-?ish\\b)?(?![\\d:%/-]|\\.\\d|\\s*(?:min|mins|minutes?|hours?|hrs?|h\\b|h\\d|secs?|seconds?|days?|weeks?|years?|%|times|x\\b|people|of\\b|or\\s+(?:\\d|one|two|three|four|five|ten|so\\b)|-))`,
      'g',
    ),
    read: (match, near) => {
      const written = match[0];
      // "7.30 tonite", "9 in the evening": the part of the day says it is a time, as "at" does
      // "8 o clock", "9 tomorrow", "at school pickup time, 3.15": a quarter hour after a dot is a time too
      const explicit =
        /o\s?'?\s?clock|am|pm|a\.m|p\.m|:|\.(?:00|15|30|45)$/.test(written) ||
        EVENING.test(near.after) ||
        MORNING.test(near.after) ||
        EARLY_TOMORROW.test(near.after);
      // "at like 4", "when its 5": a filler after "at", or the time named as a moment
      // "remind me after 3": a bare hour after "after" is the clock (durations.ts leaves it)
      const introduced = /^(?:at|around|about|by|@|for|till|until|before|after|when it'?s|when its)\s/.test(
        written,
      );
      if (!explicit && !introduced) return undefined;
      // "it cost 3.15", "£6.30": money, not a time
      if (/\./.test(written) && MONEY_BEFORE.test(near.before)) return undefined;
      if (/^for\s/.test(written) && !explicit) return undefined;
      const hour = hourOf(match[1], match[4], near);
      const minutes = Number(match[2] ?? match[3] ?? 0);
      if (hour === undefined || minutes >= 60) return undefined;
      return hour * 60 + minutes;
    },
  },
  {
    // "at 1530", "ping me at 930", "at 16h", "18h30": said after "at", digits run together are a time
    pattern:
      /\b(?:at|@|around|by)\s*(?:(\d{1,2})h(\d{2})?|(\d{1,2})(\d{2}))\b(?!\s*(?:words?|pounds?|lbs?|kg|cal|calories|steps|mg|ml|miles?|km|feet|ft|people|dollars?|euros?|quid|times|x|k|%|\/))/g,
    read: (match, near) => {
      const written = match[1] ?? match[3];
      const minutes = Number(match[2] ?? match[4] ?? 0);
      // "at 1530" is a 24-hour time; "at 930" a bare 9:30 read by the part of the day
      const hour =
        match[3]?.length === 2 || match[1] !== undefined ? Number(written) : hourOf(written, undefined, near);
      if (hour === undefined || hour > 23 || minutes >= 60) return undefined;
      return hour * 60 + minutes;
    },
  },
  {
    // "four o'clock", "at four", "at four tonight"
    pattern:
      /\b(?:at|around|by)\s+(?:like\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*o'?clock)?\b(?! (?:minutes?|mins?|hours?|of|people))/g,
    read: (match, near) => {
      const hour = hourOf(match[1], undefined, near);
      return hour === undefined ? undefined : hour * 60;
    },
  },
];

function hourOf(written: string, meridiem: string | undefined, near: Near): number | undefined {
  const value = WORD_HOURS[written] ?? Number(written);
  if (!Number.isInteger(value) || value < 0 || value > 23) return undefined;
  const half = meridiem?.replace(/\./g, '');
  if (half === 'pm') return value === 12 ? 12 : value > 12 ? undefined : value + 12;
  if (half === 'am') return value === 12 ? 0 : value > 12 ? undefined : value;
  if (value >= 13 || value === 0) return value;
  if (EVENING.test(near.after) || EVENING_BEFORE.test(near.before)) return value === 12 ? 12 : value + 12;
  // "tomorrow at 3:30" is the afternoon: no one asks for a 3:30am reminder without saying so
  // ("tomorrow at 9" stays the morning; "tomorrow morning at 5" says so)
  const bareTomorrow =
    !/morning/.test(near.before.slice(-24)) &&
    !MORNING.test(near.after) &&
    !(value >= 5 && EARLY_TOMORROW.test(near.after));
  if (
    (MORNING.test(near.after) || MORNING_BEFORE.test(near.before) || EARLY_TOMORROW.test(near.after)) &&
    !(bareTomorrow && value >= 1 && value <= 6)
  )
    return value === 12 ? 0 : value;
  if (value !== 12 && !EVENING_WORDS.test(near.whole) && saidInTheMorningBefore(value, near.earlier))
    return value;
  if (value === 12) return value;
  // "wake me at 6", "alarm at 5 30": waking words place even an early hour in the morning ("at 6 before
  // work" does not: v26's writer meant 6pm)
  if (value >= 5 && value <= 6 && WAKING_WORDS.test(near.whole)) return value;
  if (value > 6 && MORNING_WORDS.test(near.whole)) return value;
  if (value > 6 && EVENING_WORDS.test(near.whole)) return value + 12;
  // no word of this turn says the half: the part of the day given just before ("tomorrow morning", then "at 9?")
  const partBefore = value !== 12 ? partSaidJustBefore(near.earlier) : undefined;
  if (partBefore === 'morning' && value >= 5) return value;
  if (partBefore === 'evening' && value >= 4) return value + 12;
  // nothing says the half: the usual one, marked as a guess
  near.guessed = true;
  return value <= 8 ? value + 12 : value;
}

const HOUR_WORDS = Object.fromEntries(Object.entries(WORD_HOURS).map(([word, hour]) => [hour, word]));
// "tmrw morning… like 7" in an earlier turn, then "message me at 7": the same hour, said with the morning
function saidInTheMorningBefore(hour: number, earlier: string): boolean {
  if (earlier === '' || !/\bmorning\b|\d\s*a\.?m\b/.test(earlier) || EVENING_WORDS.test(earlier))
    return false;
  return new RegExp(
    `\\b(?:${hour}|${HOUR_WORDS[hour]})(?::[0-5]\\d)?\\s*(?:am|a\\.m)?\\b(?!\\s*(?:mins?|minutes?|hours?|hrs?|days?|weeks?|pm|p\\.m))`,
  ).test(earlier);
}

const LEAD_MINUTES: Record<string, number> = { five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30 };
// "remind me 5 minutes before 3", "10 mins before my 2pm": the time asked for is that much earlier (v3, v8)
const MINUTES_BEFORE =
  /\b(\d{1,2}|five|ten|fifteen|twenty|thirty)\s*(?:mins?|minutes?)\s+before\s+(?:my\s+|the\s+)?$/;

function minutesBefore(folded: string, start: number, written: string): number {
  const words = written.split(/\s+/);
  const lead = `${folded.slice(Math.max(0, start - 40), start)}${words.slice(0, -1).join(' ')} `.replace(
    /\s+/g,
    ' ',
  );
  const said = MINUTES_BEFORE.exec(lead);
  if (!said) return 0;
  return LEAD_MINUTES[said[1]] ?? Number(said[1]);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Every clock time in the folded (lower-cased) text, in text order, without overlaps. */
export function findClockTimes(folded: string, earlier = ''): FoundClockTime[] {
  const found: FoundClockTime[] = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (found.some((other) => other.span[0] < end && start < other.span[1])) continue;
      const near: Near = {
        after: folded.slice(end, end + 24),
        before: folded.slice(Math.max(0, start - 24), start),
        whole: folded,
        earlier,
      };
      const read_ = read(match as RegExpExecArray, near);
      if (read_ === undefined) continue;
      const minutes = read_ - minutesBefore(folded, start, match[0]);
      if (minutes < 0 || minutes >= 24 * 60) continue;
      const atClock = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
      found.push({ atClock, span: [start, end], ...(near.guessed ? { halfGuessed: true as const } : {}) });
    }
  }
  return found.sort((left, right) => left.span[0] - right.span[0]);
}

/**
 * The next instant (epoch ms) at or after `nowMs` when the wall clock in `timeZone` shows
 * `atClock`. Pure; `timeZone` is an IANA name ("Europe/London"), UTC when unknown.
 * @example resolveAtClock('15:00', Date.UTC(2026, 0, 5, 12), 'UTC') // Date.UTC(2026, 0, 5, 15)
 */
export function resolveAtClock(atClock: string, nowMs: number, timeZone = 'UTC'): number {
  const [hour, minute] = atClock.split(':').map(Number);
  const offset = zoneOffsetMs(nowMs, timeZone);
  const local = new Date(nowMs + offset);
  let target =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour, minute) - offset;
  if (target < nowMs) target += 24 * 60 * 60 * 1000;
  // a daylight-saving change between now and then moves the offset: correct once
  const shift = zoneOffsetMs(target, timeZone) - offset;
  return target - shift;
}

function zoneOffsetMs(atMs: number, timeZone: string): number {
  try {
    const parts = zoneFormat(timeZone, 'wall-clock').formatToParts(new Date(atMs));
    const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    const asUtc = Date.UTC(
      value('year'),
      value('month') - 1,
      value('day'),
      value('hour'),
      value('minute'),
      value('second'),
    );
    return asUtc - Math.floor(atMs / 1000) * 1000;
  } catch {
    return 0;
  }
}

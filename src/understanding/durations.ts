import { foldText } from './fold.ts';
import { matchesOf } from './matches.ts';

/** A duration phrase found in an utterance: its length in ms and where it was said. */
export type FoundDuration = { ms: number; span: [number, number]; text: string };

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const UNITS: Record<string, number> = { s: SECOND, m: MINUTE, h: HOUR };

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

// number words as people misspell them ("fourty five", "fiften", "tem minutes"): read only where a number
// is expected (before a unit, after "in"), so a near word cannot be taken for one elsewhere
const MISSPELT_NUMBERS: Record<string, number> = {
  tem: 10,
  fiften: 15,
  fifeteen: 15,
  fithteen: 15,
  fiveteen: 15,
  tweny: 20,
  twenny: 20,
  twnety: 20,
  thrity: 30,
  thirthy: 30,
  fourty: 40,
  fourthy: 40,
  fivty: 50,
};
const TENS_WORD = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|tweny|twenny|twnety|thrity|thirthy|fourty|fourthy|fivty)`;
const WORD_NUMBER = `(?:${TENS_WORD}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_NUMBERS.join('|')}|tem|fiften|fifeteen|fithteen|fiveteen)`;
// "1.5 hours", and "1,5 hours" as a decimal comma is written in much of Europe and Latin America
const AMOUNT = `(?:\\d+(?:\\.\\d+|,5(?!\\d))?|${WORD_NUMBER}|an?|a couple(?: of)?|couple(?: of)?|a few|few|several|some)`;
// units as typed in a hurry: "minz", "minuites", "mnts", "hrz", "houres", "secz"
const UNIT =
  '(?:seconds?|secs?|secz|minutes?|minutez|minuites?|minuits?|minuts?|mins?|minz|minits?|mints?|mnts?|mns|hours?|houres?|hrs?|hrz|hr)';
const SHORT_UNIT = '(?:s|m|h|min|sec)';
// "an hour and a half", "an hr n a half", "1 hour & a half", "1 hour and half" (v4, v8: non-native English)
const AND_A_HALF = ' (?:and|n|&) (?:a )?half';

// "25ish min", "15 ish minutes", "twenty odd minutes": the number said loosely is still the number they
// gave (a listener would set the timer to it)
const ISH = '(?:[- ]?ish|(?<=ty|\\d0) odd)';

// the alternatives, longest first; each is judged by millisecondsOf below
const DURATION = new RegExp(
  [
    // "1 hour 15 mins", "2 hrs and 30 minutes", "1h 30m": hours and minutes said together are one delay
    `\\b(?:\\d{1,2}|an?|one|two|three) ?(?:hours?|hrs?|h) (?:and |n |& )?\\d{1,2} ?(?:minutes?|mins?|m)\\b`,
    // "nudge me in 1 hr and 15", "an hour and 15": the minutes' unit left off after "and", at the end (v9, v13);
    // "remind me in 1hr 15", "check up on me in 1hr 15" with no "and" (v17, v18)
    `\\b(?:\\d{1,2}|an?|one|two|three) ?(?:hours?|hrs?|h) (?:(?:and|n|&) )?[1-5][05](?=\\s*(?:$|[.,!?;)]|(?:pls|please|then|ok|okay)\\b))`,
    // "in 1h30", "after 2hr15": the minutes' unit left off; only after a delay word, as "at 9h30" is a clock
    `(?<=\\b(?:in|after|within|for|another) )\\d ?(?:hrs?|h)\\d{2}\\b`,
    `\\b(?:a |an |(?:three|3)[- ])?(?:quarters?|half)(?: of)?(?: an?)?[- ]?(?:hour|hr|minute|min)\\b`,
    // "3/4 of an hour", "1/2 hr"; "an hour and a quarter", "2 hrs n a quarter" (the lead's fresh r19 class)
    `(?<![\\d/])(?:3/4|1/2|1/4)(?: of)?(?: an?)? ?(?:hour|hr)\\b`,
    `\\b(?:an?|one|two|three|\\d) ?(?:hours?|hrs?|h) (?:and|n|&) (?:a )?quarter\\b`,
    // a recurring ask carries its interval: "every hour", "every half hour" (the fraction above)
    `\\bevery (?:hour|hr|minute|min)\\b`,
    `\\b${AMOUNT}${ISH}?(?:${AND_A_HALF})?[- ]?${UNIT}(?:${AND_A_HALF})?\\b`,
    `\\b\\d+(?:\\.\\d+)?${SHORT_UNIT}\\b`,
    // "hour and a half. then ping", "hour from now", "after hour" (an article dropped): judged where found
    `\\b(?:hour|hr)(?:${AND_A_HALF})?\\b`,
  ].join('|'),
  'g',
);

// one whole phrase "amount (and a half) unit (and a half)", compiled once
const FULL_PHRASE = new RegExp(`^(${AMOUNT})${ISH}?(${AND_A_HALF})?[- ]?(${UNIT})(${AND_A_HALF})?$`);

function numberValue(word: string): number | undefined {
  if (/^\d/.test(word)) return Number(word.replace(',', '.'));
  const index = SMALL_NUMBERS.indexOf(word);
  if (index >= 0) return index;
  const [tens, ones] = word.split(/[- ]/);
  const tensValue = TENS[tens ?? ''] ?? MISSPELT_NUMBERS[tens ?? ''];
  if (tensValue === undefined) return undefined;
  if (!ones) return tensValue;
  const onesValue = SMALL_NUMBERS.indexOf(ones);
  return onesValue > 0 && onesValue < 10 ? tensValue + onesValue : undefined;
}

function unitValue(unit: string): number {
  return UNITS[unit[0] as 's' | 'm' | 'h'];
}

/** The length of one matched phrase, or undefined when the phrase is vague ("a few minutes"). */
function millisecondsOf(phrase: string): number | undefined {
  const bareHour = /^(?:hour|hr)( (?:and|n|&) (?:a )?half)?$/.exec(phrase);
  if (bareHour) return bareHour[1] ? 1.5 * HOUR : HOUR;
  const both =
    /^(\d{1,2}|an?|one|two|three) ?(?:hours?|hrs?|h) (?:and |n |& )?(\d{1,2})(?: ?(?:minutes?|mins?|m))?$/.exec(
      phrase,
    );
  const unitless = /^(\d) ?(?:hrs?|h)(\d{2})$/.exec(phrase);
  if (unitless) {
    const minutes = Number(unitless[2]);
    return minutes < 60 ? Number(unitless[1]) * HOUR + minutes * MINUTE : undefined;
  }
  if (both) {
    const hours = /^an?$/.test(both[1]) ? 1 : (numberValue(both[1]) ?? 0);
    const minutes = Number(both[2]);
    return minutes < 60 ? hours * HOUR + minutes * MINUTE : undefined;
  }
  const fraction =
    /^(?:a |an |(three|3)[- ])?(quarters?|half)(?: of)?(?: an?)?[- ]?(hour|hr|minute|min)$/.exec(phrase);
  if (fraction) return (fraction[2] === 'half' ? 0.5 : fraction[1] ? 0.75 : 0.25) * unitValue(fraction[3]);
  const slashed = /^(3\/4|1\/2|1\/4)(?: of)?(?: an?)? ?(?:hour|hr)$/.exec(phrase);
  if (slashed) return (slashed[1] === '3/4' ? 0.75 : slashed[1] === '1/2' ? 0.5 : 0.25) * HOUR;
  const andQuarter = /^(an?|one|two|three|\d) ?(?:hours?|hrs?|h) (?:and|n|&) (?:a )?quarter$/.exec(phrase);
  if (andQuarter)
    return ((/^an?$/.test(andQuarter[1]) ? 1 : (numberValue(andQuarter[1]) ?? 0)) + 0.25) * HOUR;
  const every = /^every (hour|hr|minute|min)$/.exec(phrase);
  if (every) return unitValue(every[1]);
  const compact = /^(\d+(?:\.\d+)?)(s|m|h|min|sec)$/.exec(phrase);
  if (compact) return Number(compact[1]) * unitValue(compact[2]);
  const full = FULL_PHRASE.exec(phrase);
  if (!full) return undefined;
  const amount = full[1];
  let count: number | undefined;
  if (amount === 'a' || amount === 'an') count = 1;
  else if (/couple/.test(amount)) count = 2;
  else if (/few|several|some/.test(amount)) return undefined;
  else count = numberValue(amount);
  if (count === undefined) return undefined;
  if (full[2] || full[4]) count += 0.5;
  return Math.round(count * unitValue(full[3]));
}

// "a sec" and "a second" said in passing mean "soon", not one second
const IDIOMATIC = /^an? (?:sec|secs|second)$/;

// "ping me in 10", "back in 20", "in 5 remind me", "gimme 5 then", "in like 40 ish", "in 25 for the break": a bare
// number after "in" is minutes when nothing else, or only the ask, follows it
const BARE_MINUTES = new RegExp(
  `\\b(?:in|after|within|another|take|taking|for|give me|gimme|afk|brb|need|make it|make that|change it to)\\s+(?:like\\s+|about\\s+|around\\s+|roughly\\s+|maybe\\s+|approx\\s+|another\\s+)?(\\d{1,3}|${WORD_NUMBER})(?:[- ]?ish|(\\s*(?:-|–|or)\\s*\\d{1,3}|\\s+or\\s+(?:so|\\d{1,3}|${WORD_NUMBER})))?(?=\\s*(?:$|[^\\w\\s\\-/:.%,]|[.,](?!\\d)|(?:pls|please|plz|ok|okay|k|thanks|thx|ty|and|then|so|yeah|yea|aye|ta|cheers|lol|x+|would|will|if|when|but|maybe|remind|ping|nudge|poke|text|message|tell|ask|check|say|can|could|u|you|ffs|that|incase|in\\s+case|i'll|ill|i|we'll|or\\s+(?:i|else|ill|i'll)|send|make|after|for\\s+(?:the|my|a|an|our|ur|your))(?!\\s+so\\b)\\b|to\\s+(?!\\d|${WORD_NUMBER}\\b)))`,
  'g',
);

function bareMinutes(folded: string, text: string, found: FoundDuration[], approximate = false): void {
  for (const match of matchesOf(BARE_MINUTES, folded)) {
    // "in 10 or 15", "in 20 or so": a person asking is read by the first number; a promise is not
    if (match[2] !== undefined && !approximate) continue;
    const value = numberValue(match[1]) ?? 0;
    if (value <= 0 || value > 180) continue;
    // "remind me after 3": an hour of the clock, not three minutes ("in 3" stays minutes)
    if (/^after\s+\d{1,2}$/.test(match[0]) && value <= 12) continue;
    const start = (match.index ?? 0) + match[0].lastIndexOf(match[1]);
    const end = start + match[1].length;
    if (found.some((other) => other.span[0] < end && start < other.span[1])) continue;
    found.push({ ms: value * MINUTE, span: [start, end], text: text.slice(start, end) });
  }
  found.sort((left, right) => left.span[0] - right.span[0]);
}

// "10-15 min", "ten or fifteen minutes", "a minute or two": a range, read by its first bound when asked to
const RANGE = new RegExp(
  `\\b(?:(\\d{1,3}|${WORD_NUMBER})\\s*(?:-|–|to|or)\\s*(?:\\d{1,3}|${WORD_NUMBER})(?:-?ish)?|(an?|one)\\s+(?=\\w+ or (?:two|2|three|3)\\b))[- ]?(${UNIT}|m|h|min)(?: or (?:two|2|three|3))?\\b`,
  'g',
);

function rangesByFirstBound(folded: string, text: string, found: FoundDuration[]): void {
  for (const match of matchesOf(RANGE, folded)) {
    const count = match[1] === undefined ? 1 : numberValue(match[1]);
    if (count === undefined || count <= 0) continue;
    // "forty-five minutes" is one number written out, not the range forty to five
    if (
      match[1] !== undefined &&
      /^[a-z]+-[a-z]+/.test(match[0]) &&
      numberValue(match[0].split(/\s/)[0]) !== undefined
    )
      continue;
    const start = match.index ?? 0;
    const end = start + match[0].length;
    found.push({ ms: count * unitValue(match[3]), span: [start, end], text: text.slice(start, end) });
  }
}

const LEAD_BEFORE_CLOCK =
  /^\s+before\s+(?:my\s+|the\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m|p\.?m|o'?clock)?\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)\b)/;

export type DurationOptions = {
  /**
   * A person asking for a nudge: "in 10-15 min" and "in an hour or so" are read as 10 minutes and an
   * hour (a nudge near the time they said keeps the promise better than the default minute). Off,
   * ranges and vague amounts are left out (a therapist's promise is judged by its exact words).
   */
  approximate?: boolean;
};

/**
 * Finds every duration phrase in the text. Ranges ("1-2 minutes", "ten or fifteen minutes",
 * "a minute or two") and vague amounts are left out rather than guessed, unless `approximate`.
 * `foldedText`, when given, must be foldText() of the same (at most 10,000-character) text.
 */
export function findDurations(
  text: string,
  foldedText?: string,
  options: DurationOptions = {},
): FoundDuration[] {
  // analyse() has already folded the text: reuse it rather than fold the same characters twice
  const folded = foldedText ?? foldText(text.length > 10_000 ? text.slice(0, 10_000) : text);
  const found: FoundDuration[] = [];
  if (options.approximate) rangesByFirstBound(folded, text, found);
  for (const match of matchesOf(DURATION, folded)) {
    const phrase = match[0];
    const start = match.index ?? 0;
    const end = start + phrase.length;
    if (IDIOMATIC.test(phrase)) continue;
    // a bare "hour" is a delay only where one is expected: opening a sentence, after "in"/"after", or
    // followed by "from now" ("an hour", "the hour", "per hour" are read by the amount patterns or not at all)
    if (
      /^(?:hour|hr)\b/.test(phrase) &&
      !/^\s*$|(?:[.!?,;]\s*|\b(?:in|after|within|like|about|maybe|around|say)\s+)$/.test(
        folded.slice(Math.max(0, start - 12), start),
      ) &&
      !/^\s+from\s+now\b/.test(folded.slice(end, end + 12))
    )
      continue;
    // "at 16h" is a clock time
    if (/^\d+h$/.test(phrase) && /\b(?:at|@)\s*$/.test(folded.slice(Math.max(0, start - 4), start))) continue;
    if (found.some((other) => other.span[0] < end && start < other.span[1])) continue;
    const before = folded.slice(Math.max(0, start - 12), start);
    const after = folded.slice(end, end + 10);
    if (/(?:\d|\b(?:to|or))\s*[-–]?\s*$/.test(before) && /\d|\bor |-\s*$/.test(before)) continue;
    if (/^\s*(?:or|-|to)\s*(?:two|three|\d)/.test(after)) continue;
    // "an hour or so", "twenty minutes-ish": a listener would not agree on a number (a request takes it)
    if (!options.approximate && /^\s*(?:or so|or more|or less|-?ish)\b/.test(after)) continue;
    // "5 minutes before 3", "10 mins before my 2pm": a lead before a clock time (clock-times.ts), no wait
    if (LEAD_BEFORE_CLOCK.test(folded.slice(end, end + 24))) continue;
    const ms = millisecondsOf(phrase);
    if (ms === undefined || ms <= 0 || !Number.isFinite(ms)) continue;
    found.push({ ms, span: [start, end], text: text.slice(start, end) });
  }
  found.sort((left, right) => left.span[0] - right.span[0]);
  bareMinutes(folded, text, found, options.approximate);
  return found;
}

/** Parses a duration phrase ("half a minute", "90 secs") into milliseconds; undefined when unsure. */
export function parseDuration(text: string): number | undefined {
  const found = findDurations(text);
  return found.length === 1 ? found[0].ms : undefined;
}

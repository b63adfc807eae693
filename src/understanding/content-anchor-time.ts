/**
 * Time in the last turn that a listener would ask about (issue 17, round 19): how long something has
 * gone on ("17 years driving", "Forty one years.", "3 week now", "30 year doing this") and an hour of
 * the night it happens at ("reading until 2 with torch", "sat in kitchen at 3am"). On the seen sets
 * v20–v32 lines whose point was a span of years or a night hour got "Can you tell me more about that?";
 * a listener asks what those years have been like, or what the night hour is like. Read by shape (a
 * number, a unit of time; a clock hour of the night), whatever the wording around it.
 */
import type { Span } from '../spec/observation.ts';
import type { FoundAnchor } from './content-anchor.ts';

// numbers written as words, up to the nineties ("forty one", "twenty-two", "a few", "couple of")
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const NUMBER = String.raw`(\d{1,2}|(?:${TENS})(?:[\s-](?:${UNITS}))?|${TEENS}|two|three|four|five|six|seven|eight|nine|a few|a couple of|couple of|few)`;
// the unit, singular or plural (a learner's "3 week now" is "3 weeks")
const LENGTH = new RegExp(String.raw`\b${NUMBER}\s+(year|yr|month|week|day)s?\b`, 'i');
// the words after that make it no span gone on: an age, a point back, one ahead, a wait to come
const NOT_GONE_ON =
  /^\s*(?:ago|old|later|from now|away|back|wait|time|left|to go|older|younger|younger|more|till|until|of age)\b|^\s*(?:'s|s)\b/i;
// the words before that make it ahead or a count of something else: "in 3 weeks", "another 2 years",
// "every 2 days", "for the next 6 months", "1 of the 2 days", "i work 6 days" (a week's shape)
const NOT_GONE_ON_BEFORE =
  /\b(?:in|another|every|next|within|after|only|just|than|of the|per|each|the first|the last|like|work|works|working|do|open)\s+$|[£$€%]\s*$/i;
// "twenty two" → "twenty-two": a number said back as one word
const joined = (number: string) => number.toLowerCase().replace(/^(?:a )?(?:couple of|few)$/, '');

function lengthOfTime(text: string): FoundAnchor | undefined {
  const found = LENGTH.exec(text);
  if (!found?.[1] || !found[2]) return undefined;
  const after = text.slice(found.index + found[0].length);
  if (NOT_GONE_ON.test(after)) return undefined;
  if (NOT_GONE_ON_BEFORE.test(text.slice(Math.max(0, found.index - 16), found.index))) return undefined;
  const number = joined(found[1]).replace(/\s+/, '-');
  // one of a unit is no span to look back on, and "a few" says no number: "those few weeks"
  if (number === '1' || number === 'one' || number === '') return undefined;
  const unit = found[2].toLowerCase() === 'yr' ? 'year' : found[2].toLowerCase();
  const span: Span = [found.index, found.index + found[0].length];
  return { anchor: { anchor: 'length-of-time', words: `${number} ${unit}s` }, span };
}

// a clock hour of the night: "2am", "3 am", "until 3", "3 in the morning"
// (an hour from 1 to 4, when people lie awake; "5am" is an early start, "11pm" an ordinary evening)
// (a bare "at 4" is left alone: "i go out at 4" is an early start, not lying awake; "until 2" is staying up)
const NIGHT_HOUR =
  /\b(?:([1-4])(?::[0-5]\d)?\s?a\.?m\b|(?:until|till|til|up to|past|gone)\s+([1-4])(?::[0-5]\d)?(?=\s+(?:with|in the morning|at night|every|each|most|some|and)\b|\s*[.,!?]|\s*$)|([1-4]) in the morning\b)/i;

function nightHour(text: string): FoundAnchor | undefined {
  const found = NIGHT_HOUR.exec(text);
  const hour = found?.[1] ?? found?.[2] ?? found?.[3];
  if (!found || !hour) return undefined;
  return {
    anchor: { anchor: 'hour', words: `${hour}am` },
    span: [found.index, found.index + found[0].length],
  };
}

/** A night hour, else a span of time gone on; undefined when the turn names neither. */
export function timeAnchorOf(text: string): FoundAnchor | undefined {
  return nightHour(text) ?? lengthOfTime(text);
}

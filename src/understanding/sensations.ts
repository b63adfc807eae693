import type { BodyPart, SensationObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import { defaultPartFor, PART_WORDS, QUALITY_WORDS } from './body-lexicon.ts';
import { IMAGINED_BEFORE } from './body-plain.ts';

type Word = { text: string; start: number; end: number; index: number };
type Mention = Word & { value: string };

const WORD = /[a-z][a-z']*/g;
// "back" is a body part only as "my back", "lower back", "back's aching"
const BACK_AS_PART_BEFORE = /\b(?:my|lower|upper|the small of my|your)\s+$/;
const BACK_AS_PART_AFTER = /^(?:'s|\s+(?:is|feels|hurts|aches|aching|was|went|got))\b/;
const SELF_STATE =
  /\b(?:i'm|im|i am|i feel|i felt|feeling|i get|i got|i went|i'm getting|i've gone|i go|get|got|getting|all|just|so|pretty|really|kind of|kinda|a bit|bit|quite|very|super|still|and)\s*$/;

function wordsOf(folded: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const text = folded.slice(start, end);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const at = start + match.index;
    const word = match[0];
    words.push({
      text: word.endsWith("'s") ? word.slice(0, -2) : word,
      start: at,
      end: at + word.length,
      index: words.length,
    });
  }
  return words;
}

// own keys only: "constructor" or "tostring" in a sentence must not read as a body part (a Map
// has no inherited keys, and a lookup in it is cheaper than Object.hasOwn on a large object)
const PARTS_BY_WORD = new Map<string, BodyPart>(Object.entries(PART_WORDS));
const QUALITIES_BY_WORD = new Map<string, string>(Object.entries(QUALITY_WORDS));

// qualities that never stand for a sensation on their own, without a body part
const NEVER_ALONE = new Set([
  'hurts',
  'held',
  'jittery',
  'lump',
  'knot',
  'knots',
  'fog',
  'sweat',
  'shake',
  'twitch',
  'mush',
  'hot',
  'cold',
  'weak',
  'blank',
  'tension',
]);
const PREPOSITION_BEFORE_PART = /\b(?:in|to|on)\s+(?:my|the)\s+$/;
const ALL_OVER = /^all over\b/;
const LINKED_TO_SOMETHING = /^\s+(?:about|of|that|to|with)\b/;

function inQuote(word: Word, quotes: Prepared['quotes']): boolean {
  for (const quote of quotes) if (word.start >= quote.start && word.end <= quote.end) return true;
  return false;
}

function mention(word: Word, value: string): Mention {
  return { text: word.text, start: word.start, end: word.end, index: word.index, value };
}

/** Whether a body part sits strictly between word indexes `from` and `to`. */
function partBetween(parts: Mention[], from: number, to: number): boolean {
  for (const part of parts) if (part.index > from && part.index < to) return true;
  return false;
}

/** "cold and twitchy": a quality close after one already read for a part. */
function followsUsedQuality(quality: Mention, qualities: Mention[], used: Set<number>): boolean {
  for (const other of qualities)
    if (used.has(other.index) && quality.index > other.index && quality.index - other.index <= 4) return true;
  return false;
}

/** The quality that describes `part`: right before it, in "… in my part", or said after it. */
function qualityFor(
  part: Mention,
  parts: Mention[],
  qualities: Mention[],
  used: Set<number>,
  folded: string,
) {
  let attributive: Mention | undefined;
  let predicate: Mention | undefined;
  let prepositional: Mention | undefined;
  for (const quality of qualities) {
    if (used.has(quality.index) || quality.index === part.index) continue;
    if (
      attributive === undefined &&
      (quality.index === part.index - 1 ||
        (quality.index === part.index - 2 && !partBetween(parts, quality.index, part.index)))
    )
      attributive = quality;
    if (
      predicate === undefined &&
      quality.index > part.index &&
      quality.index - part.index <= 9 &&
      !partBetween(parts, part.index, quality.index)
    )
      predicate = quality;
    if (
      prepositional === undefined &&
      quality.index < part.index &&
      part.index - quality.index <= 4 &&
      PREPOSITION_BEFORE_PART.test(folded.slice(quality.end, part.start))
    )
      prepositional = quality;
  }
  return attributive && attributive.index === part.index - 1
    ? attributive
    : (prepositional ?? predicate ?? attributive);
}

export function readSensations(prepared: Prepared): SensationObservation[] {
  const found = new Map<BodyPart, SensationObservation>();
  const { folded, quotes } = prepared;
  for (const sentence of prepared.sentences) {
    const parts: Mention[] = [];
    const qualities: Mention[] = [];
    for (const word of wordsOf(folded, sentence.start, sentence.end)) {
      if (quotes.length > 0 && inQuote(word, quotes)) continue;
      const part = PARTS_BY_WORD.get(word.text);
      if (part === 'back') {
        const before = folded.slice(Math.max(0, word.start - 20), word.start);
        if (
          !BACK_AS_PART_BEFORE.test(before) &&
          !BACK_AS_PART_AFTER.test(folded.slice(word.end - 2, word.end + 10))
        )
          continue;
      }
      if (word.text === 'all' && ALL_OVER.test(folded.slice(word.start, word.start + 8))) {
        parts.push(mention(word, 'whole-body'));
        continue;
      }
      if (part === 'shoulders' && /^\s*blades?\b/.test(folded.slice(word.end, word.end + 8))) {
        parts.push(mention(word, 'back'));
        continue;
      }
      // "pressure behind my eyes": the writers mark the head (8 of 8 turns), not the face
      if (
        part === 'face' &&
        /\bbehind\s+my\s+$/.test(folded.slice(Math.max(0, word.start - 12), word.start))
      ) {
        parts.push(mention(word, 'head'));
        continue;
      }
      if (part) parts.push(mention(word, part));
      const quality = QUALITIES_BY_WORD.get(word.text);
      if (quality) qualities.push(mention(word, quality));
    }
    if (parts.length === 0 && qualities.length === 0) continue;
    const used = new Set<number>();
    for (const part of parts) {
      const chosen = qualityFor(part, parts, qualities, used, folded);
      if (!chosen && part.text === 'headache') {
        if (!found.has('head'))
          found.set('head', {
            kind: 'sensation',
            part: 'head',
            quality: 'aching',
            span: [part.start, part.end],
          });
        continue;
      }
      if (!chosen) continue;
      used.add(chosen.index);
      const bodyPart = part.value as BodyPart;
      if (found.has(bodyPart)) continue;
      const start = Math.min(part.start, chosen.start);
      const end = Math.max(part.end, chosen.end);
      found.set(bodyPart, { kind: 'sensation', part: bodyPart, quality: chosen.value, span: [start, end] });
    }
    for (const quality of qualities) {
      if (used.has(quality.index) || NEVER_ALONE.has(quality.text)) continue;
      if (followsUsedQuality(quality, qualities, used)) continue;
      if (!SELF_STATE.test(folded.slice(Math.max(sentence.start, quality.start - 24), quality.start)))
        continue;
      if (LINKED_TO_SOMETHING.test(folded.slice(quality.end, quality.end + 8)) && quality.value !== 'shaky')
        continue;
      if (notTheBody(quality, folded)) continue;
      const part = defaultPartFor(quality.value);
      if (found.has(part)) continue;
      found.set(part, {
        kind: 'sensation',
        part,
        quality: quality.value,
        span: [quality.start, quality.end],
      });
    }
  }
  return [...found.values()];
}

// "money is so tight this month" (five writers), "numb about it", "numb to everything": a quality said of
// money or time, or of a feeling about something, is not felt in the body
const MONEY_OR_TIME =
  /\b(?:money|cash|budget|funds|finances|time|things|deadline|schedule|rent)\b[^.,;]{0,14}$/;
const ABOUT_SOMETHING = /^\s*(?:about|to (?:it|this|that|everything|all of it))\b/;

function notTheBody(quality: Mention, folded: string): boolean {
  if (IMAGINED_BEFORE.test(folded.slice(Math.max(0, quality.start - 24), quality.start))) return true;
  if (
    quality.value === 'tight' &&
    MONEY_OR_TIME.test(folded.slice(Math.max(0, quality.start - 24), quality.start))
  )
    return true;
  return ABOUT_SOMETHING.test(folded.slice(quality.end, quality.end + 20));
}

import type { BodyPart, SensationObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse.ts';
import { defaultPartFor, PART_WORDS, QUALITY_WORDS } from './body-lexicon.ts';

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

// own keys only: "constructor" or "tostring" in a sentence must not read as a body part
function lookUp<Value>(lexicon: Record<string, Value>, word: string): Value | undefined {
  return Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
}

function inQuote(word: Word, prepared: Prepared): boolean {
  return prepared.quotes.some((quote) => word.start >= quote.start && word.end <= quote.end);
}

export function readSensations(prepared: Prepared): SensationObservation[] {
  const found = new Map<BodyPart, SensationObservation>();
  const { folded } = prepared;
  for (const sentence of prepared.sentences) {
    const allWords = wordsOf(folded, sentence.start, sentence.end);
    const words =
      prepared.quotes.length === 0 ? allWords : allWords.filter((word) => !inQuote(word, prepared));
    const parts: Mention[] = [];
    const qualities: Mention[] = [];
    for (const word of words) {
      const part = lookUp(PART_WORDS, word.text);
      if (part === 'back') {
        const before = folded.slice(Math.max(0, word.start - 20), word.start);
        if (
          !BACK_AS_PART_BEFORE.test(before) &&
          !BACK_AS_PART_AFTER.test(folded.slice(word.end - 2, word.end + 10))
        )
          continue;
      }
      if (word.text === 'all' && /^all over\b/.test(folded.slice(word.start, word.start + 8))) {
        parts.push({ ...word, value: 'whole-body' });
        continue;
      }
      if (part) parts.push({ ...word, value: part });
      const quality = lookUp(QUALITY_WORDS, word.text);
      if (quality) qualities.push({ ...word, value: quality });
    }
    const used = new Set<number>();
    const partIndexes = parts.map((part) => part.index);
    const between = (from: number, to: number) => partIndexes.some((index) => index > from && index < to);
    for (const part of parts) {
      const candidates = qualities.filter(
        (quality) => !used.has(quality.index) && quality.index !== part.index,
      );
      const attributive = candidates.find(
        (quality) =>
          quality.index === part.index - 1 ||
          (quality.index === part.index - 2 && !between(quality.index, part.index)),
      );
      const predicate = candidates.find(
        (quality) =>
          quality.index > part.index &&
          quality.index - part.index <= 9 &&
          !between(part.index, quality.index),
      );
      const prepositional = candidates.find(
        (quality) =>
          quality.index < part.index &&
          part.index - quality.index <= 4 &&
          /\b(?:in|to|on)\s+(?:my|the)\s+$/.test(folded.slice(quality.end, part.start)),
      );
      const chosen =
        attributive && attributive.index === part.index - 1
          ? attributive
          : (prepositional ?? predicate ?? attributive);
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
      if (
        used.has(quality.index) ||
        [
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
        ].includes(quality.text)
      )
        continue;
      // "cold and twitchy": a second quality of the part already read
      if (
        qualities.some(
          (other) => used.has(other.index) && quality.index > other.index && quality.index - other.index <= 4,
        )
      )
        continue;
      if (!SELF_STATE.test(folded.slice(Math.max(sentence.start, quality.start - 24), quality.start)))
        continue;
      if (
        /^\s+(?:about|of|that|to|with)\b/.test(folded.slice(quality.end, quality.end + 8)) &&
        quality.value !== 'shaky'
      )
        continue;
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

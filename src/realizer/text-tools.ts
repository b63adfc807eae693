import { normalizeSentence, splitSentences } from '../text/sentences.ts';

/** Small string helpers for filling templates. */

const KEEP_CAPITAL = /^(I|I'm|I'll|I've|I'd|I’m|I’ll|I’ve|I’d)\b/;

/** Lowercases the first letter so a sentence can follow an opener ("Okay, first, …"); keeps "I" and acronyms. */
export function lowerFirst(text: string): string {
  if (KEEP_CAPITAL.test(text)) return text;
  const firstWord = text.match(/^\S+/)?.[0] ?? '';
  if (firstWord.length > 1 && firstWord.slice(1) !== firstWord.slice(1).toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  const index = text.search(/\p{L}/u);
  if (index < 0) return text;
  // a leading quote stays; the first letter after it is capitalised
  return text.slice(0, index) + text.charAt(index).toUpperCase() + text.slice(index + 1);
}

/** Trims and removes final sentence punctuation so a phrase can sit inside a sentence. */
export function bare(text: string): string {
  return text
    .trim()
    .replace(/[\s.!?;:,…]+$/u, '')
    .trim();
}

const OPENING_QUOTES = /^["'\u201C\u2018«]/;

/** Wraps a cue in double quotes unless it already carries its own; its words are never changed. */
export function quote(phrase: string): string {
  const trimmed = phrase.trim();
  if (OPENING_QUOTES.test(trimmed)) return trimmed;
  const ending = /[.!?…]$/u.test(trimmed) ? '' : '.';
  // quotes inside the cue become single ones, so the reply's double quotes still pair up
  return `"${trimmed.replace(/"([^"]*)"/g, "'$1'")}${ending}"`;
}

/** True when the sentence asks something (ends with ? before any closing quote). */
export function isQuestion(sentence: string): boolean {
  return /\?["'\u201D\u2019)]*\s*$/u.test(sentence);
}

/** True when the sentence ends with a closing quote (no tail can follow it). */
export function endsWithQuote(sentence: string): boolean {
  return /["'\u201D\u2019]\s*$/u.test(sentence);
}

/** Puts `tail` at the `{~}` marker, or just before the final punctuation. Null when it cannot go anywhere. */
export function insertTail(sentence: string, tail: string): string | null {
  if (sentence.includes('{~}')) return sentence.replace('{~}', tail);
  if (!tail) return sentence;
  if (endsWithQuote(sentence)) return null;
  const match = sentence.match(/[.!?…]+$/u);
  const body = match ? sentence.slice(0, sentence.length - match[0].length) : sentence;
  // a tail that only says again what the sentence ends with ("…with you now" + " now") is no variant
  const tailWords = tail.toLowerCase().match(/[a-z']+/g) ?? [];
  const lastWords =
    body
      .toLowerCase()
      .match(/[a-z']+/g)
      ?.slice(-tailWords.length) ?? [];
  if (tailWords.length > 0 && tailWords.some((word) => lastWords.includes(word))) return null;
  return body + tail + (match ? match[0] : '.');
}

/** Removes an unused tail marker. */
export function dropMarker(sentence: string): string {
  return sentence.replace('{~}', '');
}

const SECOND_PERSON: Record<string, string> = {
  i: 'you',
  "i'm": "you're",
  'i’m': 'you’re',
  "i've": "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  am: 'are',
};

/** "if I start fiddling" → "you start fiddling": the client's words turned to the coach's voice. */
export function toSecondPerson(clause: string): string {
  return bare(clause)
    .replace(/^(if|when|in case)\s+/i, '')
    .split(/(\s+)/)
    .map((word) => SECOND_PERSON[word.toLowerCase()] ?? word)
    .join('');
}

/** The normalised inner sentences of a verbatim phrase (all but the first, which shares its sentence with the frame). */
export function innerSentences(phrase: string): Set<string> {
  return new Set(splitSentences(phrase).slice(1).map(normalizeSentence));
}

export { sharesWordRun } from '../text/word-runs.ts';

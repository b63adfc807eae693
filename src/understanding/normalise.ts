/**
 * Normalisation before anything reads an utterance, with a map from every normalised character
 * back to the original, so each observation's span still points at what the person wrote.
 *
 * In order: NFKC compatibility forms (fullwidth, mathematical letters) and look-alike letters
 * (Cyrillic, Greek) fold to Latin; invisible format characters (zero-width space / joiner /
 * non-joiner, word joiner, soft hyphen, BOM, bidi controls, variation selectors) and combining
 * marks go; curly quotes and dashes straighten; spaced-out letters join ("k i l l" → "kill");
 * letter runs squeeze ("sooooo" → "so", "sleeeep" → "sleep"); digits and symbols standing for
 * letters inside a word read as letters ("k1ll", "su!c!de"); chat spellings and common
 * misspellings read as words ("u" → "you", "idk" → "I don't know", "tmrw" → "tomorrow").
 *
 * Case is kept (names and the person's own words can be echoed back); readers fold case.
 */
import { CHAT_SPELLINGS, DOUBLED_LETTER_WORDS } from './chat-spellings.ts';
import { LOOK_ALIKES } from './look-alikes.ts';

export type Normalised = {
  /** The text every reader sees. */
  text: string;
  /** origin[i] is the original offset of text[i]; origin[text.length] is the original length. */
  origin: number[];
  original: string;
};

// zero-width, joiners, word joiner and invisible operators, soft hyphen, BOM, bidi embeddings,
// overrides and isolates, variation selectors, Mongolian vowel separator, combining grapheme joiner,
// Hangul fillers, tag characters
const INVISIBLE_RANGES: ReadonlyArray<[number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe01ef],
];

function isInvisible(code: number): boolean {
  for (const [from, to] of INVISIBLE_RANGES) if (code >= from && code <= to) return true;
  return false;
}
const COMBINING = /\p{M}/u;
const STRAIGHT: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '`': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2212': '-',
  '\u2014': ' - ',
  '\u2015': ' - ',
  '\u2026': '...',
};

/** Builder: appends normalised characters, each remembering where it came from. */
class Output {
  text = '';
  origin: number[] = [];
  push(characters: string, from: number, to = from + 1): void {
    const length = characters.length;
    for (let index = 0; index < length; index++) {
      this.text += characters[index];
      // spread a replacement over its source so a span inside it still maps inside the source
      // the last character maps to the last source unit, so a span ending here covers all of it
      const at =
        index === length - 1 && length > 1 ? to - 1 : from + Math.floor((index * (to - from)) / length);
      this.origin.push(at);
    }
  }
}

// printable ASCII and newlines, without the backquote: step 1 leaves such a text as it is
const PLAIN_ASCII = /^[\n\x20-\x5f\x61-\x7e]*$/;

function identity(length: number): number[] {
  const origin = new Array<number>(length + 1);
  for (let index = 0; index <= length; index++) origin[index] = index;
  return origin;
}

/** Step 1: one code point at a time, compatibility forms, look-alikes, invisibles, marks. */
function foldCharacters(original: string): Normalised {
  // most turns are plain ASCII: nothing to fold, every character its own origin
  if (PLAIN_ASCII.test(original)) return { text: original, origin: identity(original.length), original };
  const output = new Output();
  for (let index = 0; index < original.length; ) {
    const code = original.codePointAt(index) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const character = original.slice(index, index + width);
    if (code < 0x80) {
      if (code === 0x60) output.push("'", index);
      else if (code < 0x20 && code !== 0x0a) output.push(' ', index);
      else if (code === 0x7f) output.push(' ', index);
      else output.push(character, index);
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // a lone surrogate is no character at all: a space keeps words apart
      output.push(' ', index);
    } else if (isInvisible(code)) {
      // dropped: "ki\u200Bll" reads as "kill"
    } else if (STRAIGHT[character] !== undefined) {
      output.push(STRAIGHT[character], index);
    } else if (code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x202f) {
      output.push(' ', index);
    } else {
      const folded = foldOne(character);
      if (folded.length > 0) output.push(folded, index, index + width);
    }
    index += width;
  }
  output.origin.push(original.length);
  return { text: output.text, origin: output.origin, original };
}

function foldOne(character: string): string {
  const lookAlike = LOOK_ALIKES[character];
  if (lookAlike !== undefined) return lookAlike;
  // NFKD then drop marks: fullwidth and mathematical letters become ASCII, "é" becomes "e"
  const decomposed = character.normalize('NFKD');
  let kept = '';
  for (const part of decomposed) {
    if (COMBINING.test(part)) continue;
    kept += LOOK_ALIKES[part] ?? part;
  }
  // ligatures and the like expand ("ﬁ" → "fi"); anything that decomposes to nothing is dropped
  return kept.length > 0 && kept.length <= 4 ? kept : kept.length > 4 ? character : '';
}

/** Rewrites `text` through a list of [match, replacement] edits, carrying origins. */
function rewrite(
  source: Normalised,
  edits: Array<{ start: number; end: number; replacement: string }>,
): Normalised {
  if (edits.length === 0) return source;
  const output = new Output();
  let cursor = 0;
  for (const edit of edits) {
    for (let index = cursor; index < edit.start; index++)
      output.push(source.text[index], source.origin[index]);
    const from = source.origin[edit.start];
    const to = source.origin[edit.end - 1] + 1;
    output.push(edit.replacement, from, to);
    cursor = edit.end;
  }
  for (let index = cursor; index < source.text.length; index++)
    output.push(source.text[index], source.origin[index]);
  output.origin.push(source.origin[source.text.length]);
  return { text: output.text, origin: output.origin, original: source.original };
}

type Edit = { start: number; end: number; replacement: string };

// three or more single letters apart by single spaces, dots, dashes or underscores: "k i l l", "k.i.l.l"
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ ._\-*]\p{L}(?![\p{L}\p{N}])){2,}/gu;
// single-letter words that a spaced run may legitimately hold on its own ("i", "a", "u")
const SHORT_SPACED_WORDS = new Set(['die', 'cut', 'end', 'kms', 'kys', 'od']);

// a spaced run that starts with "i" and goes on with a verb of harm or wanting
const SPACED_AFTER_I = /^[iI](?:kill|cut|hurt|want|wanna|hate|died|die|end|od|burn|hang|jump)/;

function joinSpacedLetters(source: Normalised): Normalised {
  const edits: Edit[] = [];
  // exec on the shared pattern, not matchAll (a copy of the pattern and an iterator per text, and
  // nearly every text has no spaced run): the same matches, as SPACED_LETTERS never matches empty text
  SPACED_LETTERS.lastIndex = 0;
  for (
    let match = SPACED_LETTERS.exec(source.text);
    match !== null;
    match = SPACED_LETTERS.exec(source.text)
  ) {
    const letters = match[0].replace(/[ ._\-*]/g, '');
    // "i a m" and "u r a" are words; a run of four or more, or a known short word, is a disguise
    if (letters.length < 4 && !SHORT_SPACED_WORDS.has(letters.toLowerCase())) continue;
    const start = match.index ?? 0;
    // "i k i l l e d myself": the first "i" is the person, not a letter of the word
    const replacement = SPACED_AFTER_I.test(letters) ? `${letters[0]} ${letters.slice(1)}` : letters;
    edits.push({ start, end: start + match[0].length, replacement });
  }
  SPACED_LETTERS.lastIndex = 0;
  return rewrite(source, edits);
}

// digits and symbols between letters stand for letters: "k1ll", "su1c1de", "d!e", "m@ke"
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '!': 'i',
  '@': 'a',
  $: 's',
  '|': 'l',
};
const WORD = /[\p{L}\p{N}'!@$|]+/gu;

function readWords(source: Normalised): Normalised {
  const edits: Edit[] = [];
  // exec on the shared pattern, not matchAll (which copies the pattern and makes an iterator per
  // text): the same matches, as WORD never matches empty text; readWord never uses WORD
  WORD.lastIndex = 0;
  for (let match = WORD.exec(source.text); match !== null; match = WORD.exec(source.text)) {
    const start = match.index;
    const written = match[0];
    const word = readWord(written);
    if (word !== written) edits.push({ start, end: start + written.length, replacement: word });
  }
  WORD.lastIndex = 0;
  return rewrite(source, edits);
}

// a word reads the same wherever it stands: each written form is read once (bounded for a server)
const READ_WORDS_LIMIT = 20_000;
const readWordCache = new Map<string, string>();

function readWord(written: string): string {
  let word = readWordCache.get(written);
  if (word === undefined) {
    word = readWordUncached(written);
    if (readWordCache.size >= READ_WORDS_LIMIT) readWordCache.clear();
    readWordCache.set(written, word);
  }
  return word;
}

function readWordUncached(written: string): string {
  let word = written;
  if (/\p{L}/u.test(word) && /[0-9!@$|]/.test(word) && !/^\d/.test(word))
    word = word.replace(
      // after a letter, or after a run of such digits after one: "sl33p" is "sleep", not "sle3p"
      /(?<=\p{L}[013457!@$|]*)[013457!@$|](?=[\p{L}0134579!@$|]*\p{L})/gu,
      (character) => LEET[character] ?? character,
    );
  word = squeezeRuns(word);
  const trailing = /^([\p{L}']+?)([!@$|]*)$/u.exec(word);
  const core = trailing ? trailing[1] : word;
  const replacement = CHAT_SPELLINGS[core.toLowerCase()];
  if (replacement === undefined) return word;
  return matchCase(core, replacement) + (trailing ? trailing[2] : '');
}

/** "sooooo" → "so", "sleeeep" → "sleep", "killlll" → "kill": runs of three or more letters. */
function squeezeRuns(word: string): string {
  if (!/(\p{L})\1\1/u.test(word)) return word;
  const toTwo = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  if (DOUBLED_LETTER_WORDS.has(toTwo.toLowerCase())) return toTwo;
  return word.replace(/(\p{L})\1{2,}/gu, '$1');
}

function matchCase(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return replacement.toUpperCase();
  if (written[0] && written[0] !== written[0].toLowerCase() && replacement[0] !== 'I')
    return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Normalises one utterance; never throws. See the file comment for what it does. */
export function normalise(original: string): Normalised {
  const input = typeof original === 'string' ? original : String(original ?? '');
  try {
    return readWords(joinSpacedLetters(foldCharacters(input)));
  } catch {
    const origin = Array.from({ length: input.length + 1 }, (_, index) => index);
    return { text: input, origin, original: input };
  }
}

/** Maps a span in the normalised text back to the original. */
export function toOriginalSpan(normalised: Normalised, start: number, end: number): [number, number] {
  const last = normalised.origin.length - 1;
  const from = normalised.origin[Math.min(Math.max(0, start), last)] ?? 0;
  if (end <= start) return [from, from];
  const lastCharacter = normalised.origin[Math.min(end - 1, last)] ?? from;
  // the end is just past the source of the last character (a folded code point may be two units)
  return [from, Math.max(from, sourceEnd(normalised, lastCharacter))];
}

function sourceEnd(normalised: Normalised, at: number): number {
  const code = normalised.original.codePointAt(at) ?? 0;
  return at + (code > 0xffff ? 2 : 1);
}

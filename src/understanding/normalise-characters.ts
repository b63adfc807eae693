/**
 * Step 1 of normalisation, one code point at a time: NFKC compatibility forms (fullwidth,
 * mathematical letters) and look-alike letters (Cyrillic, Greek) fold to Latin; invisible format
 * characters and combining marks go; curly quotes and dashes straighten.
 */
import { LOOK_ALIKES } from './look-alikes.ts';
import { type Normalised, Output } from './normalised-text.ts';

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

// printable ASCII and newlines, without the backquote: step 1 leaves such a text as it is
const PLAIN_ASCII = /^[\n\x20-\x5f\x61-\x7e]*$/;

function identity(length: number): number[] {
  const origin = new Array<number>(length + 1);
  for (let index = 0; index <= length; index++) origin[index] = index;
  return origin;
}

/** Step 1: one code point at a time, compatibility forms, look-alikes, invisibles, marks. */
export function foldCharacters(original: string): Normalised {
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

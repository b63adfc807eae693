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
 * misspellings read as words ("u" → "you", "idk" → "I don't know", "tmrw" → "tomorrow"); a risk word
 * masked with a star reads as that word ("k*lled").
 *
 * Case is kept (names and the person's own words can be echoed back); readers fold case.
 */
import { foldCharacters } from './normalise-characters.ts';
import { readMaskedWords } from './normalise-masked.ts';
import { joinSpacedLetters, readWords } from './normalise-words.ts';
import type { Normalised } from './normalised-text.ts';

export type { Normalised } from './normalised-text.ts';

/** Normalises one utterance; never throws. See the file comment for what it does. */
export function normalise(original: string): Normalised {
  const input = typeof original === 'string' ? original : String(original ?? '');
  try {
    return readWords(readMaskedWords(joinSpacedLetters(foldCharacters(input))));
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

/**
 * Words as written stand for words as meant: spaced-out letters join ("k i l l" → "kill"), digits
 * and symbols inside a word read as letters ("k1ll", "su!c!de"), letter runs squeeze ("sooooo" →
 * "so"), and chat spellings and common misspellings read as words ("u" → "you", "idk").
 */
import { CHAT_SPELLINGS, DOUBLED_LETTER_WORDS } from './chat-spellings.ts';
import { type Edit, type Normalised, rewrite } from './normalised-text.ts';

// three or more single letters apart by single spaces, dots, dashes or underscores: "k i l l", "k.i.l.l"
const SPACED_LETTERS = /(?<![\p{L}\p{N}])\p{L}(?:[ ._\-*]\p{L}(?![\p{L}\p{N}])){2,}/gu;
// single-letter words that a spaced run may legitimately hold on its own ("i", "a", "u")
const SHORT_SPACED_WORDS = new Set(['die', 'cut', 'end', 'kms', 'kys', 'od']);

// a spaced run that starts with "i" and goes on with a verb of harm or wanting
// a leading "i" or "a" before a harm word is its own word: "i k i l l", "a k i l l plan" (not "akill")
const SPACED_AFTER_I = /^[iIaA](?:kill|cut|hurt|want|wanna|hate|died|die|end|od|burn|hang|jump|plan)/;

export function joinSpacedLetters(source: Normalised): Normalised {
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

export function readWords(source: Normalised): Normalised {
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

/**
 * Text folding for risk detection: lowercase, straight apostrophes, letter runs shortened
 * ("kiiiill" → "kill", "dieeee" → "die"), with a map back to offsets in the original text so
 * that every observation's span points at what the person actually wrote.
 */
import { matchesOf } from './matches.ts';

/** The utterance as the rules see it, and where each folded character came from. */
export type FoldedText = {
  text: string;
  /** origin[i] is the offset in the original of folded character i; origin[text.length] is the end. */
  origin: number[];
};

/** A stretch of folded text (a sentence or a clause) with its folded offsets. */
export type Piece = { text: string; start: number; end: number };

// risk detection reads only the start of very long inputs, so one pasted document cannot stall a turn
export const RISK_MAX_CHARS = 10_000;

const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u0060\u00B4]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201F\u2033]/;
const DASHES = /[\u2010-\u2015\u2212]/;

/** One character as the rules see it (before letter runs are shortened). */
function foldCharacter(source: string, index: number): string {
  const code = source.charCodeAt(index);
  // plain ASCII is nearly every character: no regex, no allocation beyond the one-letter string
  if (code < 128) {
    if (code === 0x60) return "'";
    if (code < 0x20 && code !== 0x0a) return ' ';
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
    return source[index];
  }
  const character = source[index];
  if (APOSTROPHES.test(character)) return "'";
  if (DOUBLE_QUOTES.test(character)) return '"';
  if (DASHES.test(character)) return '-';
  if (character === '\u00A0') return ' ';
  // a lowercase form longer than one unit (rare) keeps its first unit, so offsets stay one-to-one
  return character.toLowerCase()[0] ?? character;
}

const isAsciiLetter = (character: string) => character >= 'a' && character <= 'z' && character.length === 1;

// plain ASCII with no run of three of one letter (nearly every message) folds without dropping a
// character: lower-cased, backquote and control characters replaced, each character at its own offset
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_REPLACED = /[`\x00-\x09\x0b-\x1f]/;

function foldPlainAscii(source: string): FoldedText | undefined {
  if (!ASCII.test(source)) return undefined;
  let text = source.toLowerCase();
  for (let index = 2; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (
      code >= 0x61 &&
      code <= 0x7a &&
      code === text.charCodeAt(index - 1) &&
      code === text.charCodeAt(index - 2)
    )
      return undefined;
  }
  if (ASCII_REPLACED.test(text)) text = text.replace(/`/g, "'").replace(/[\x00-\x09\x0b-\x1f]/g, ' ');
  const origin: number[] = [];
  for (let index = 0; index <= source.length; index++) origin.push(index);
  return { text, origin };
}

export function foldForRisk(input: string): FoldedText {
  const source = input.length > RISK_MAX_CHARS ? input.slice(0, RISK_MAX_CHARS) : input;
  const plain = foldPlainAscii(source);
  if (plain) return plain;
  let text = '';
  const origin: number[] = [];
  let previous = '';
  let run = 0;
  for (let index = 0; index < source.length; index++) {
    const character = foldCharacter(source, index);
    run = character === previous ? run + 1 : 1;
    previous = character;
    // three or more of the same letter is emphasis, not spelling
    if (run >= 3 && isAsciiLetter(character)) continue;
    if (run === 2 && isAsciiLetter(character) && source[index + 1]?.toLowerCase() === character) continue;
    text += character;
    origin.push(index);
  }
  origin.push(source.length);
  return { text, origin };
}

/** Maps a folded [start, end) back to original offsets. */
export function originalSpan(folded: FoldedText, start: number, end: number): [number, number] {
  const from = folded.origin[start] ?? folded.origin[folded.origin.length - 1];
  const lastCharacter = folded.origin[Math.max(start, end - 1)] ?? from;
  return [from, end > start ? lastCharacter + 1 : from];
}

// sentence ends: . ! ? runs (not inside numbers), newlines, semicolons
const SENTENCE_BOUNDARY = /(?<!\d)[.!?…]+(?!\d)|[;\n]+/g;
// a new clause where negation and subjects stop carrying over
const CLAUSE_BOUNDARY =
  /,|\s-+\s|\s(?:but|though|although|however|yet|except|and yet|only|just that|because|cause|cuz|so)\s|:/g;

function cutAt(text: string, boundary: RegExp, offset: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of matchesOf(boundary, text)) {
    const at = match.index ?? 0;
    pieces.push({ text: text.slice(start, at), start: offset + start, end: offset + at });
    start = at + match[0].length;
  }
  pieces.push({ text: text.slice(start), start: offset + start, end: offset + text.length });
  return pieces.filter((piece) => /[a-z0-9]/.test(piece.text));
}

export function splitSentencePieces(text: string): Piece[] {
  return cutAt(text, SENTENCE_BOUNDARY, 0);
}

/** The clauses of a sentence (boundaries are commas, "but", …), in folded offsets. */
export function clausesOf(sentence: Piece): Piece[] {
  return cutAt(sentence.text, CLAUSE_BOUNDARY, sentence.start);
}

/** The clause of `sentence` holding folded offset `at`; pass `clauses` when already cut. */
export function clauseAround(sentence: Piece, at: number, clauses = clausesOf(sentence)): Piece {
  for (const clause of clauses) {
    if (at >= clause.start && at < clause.end) return clause;
  }
  return sentence;
}

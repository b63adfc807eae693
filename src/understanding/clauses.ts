import { matchesOf } from './matches.ts';

/** A stretch of the folded utterance with its offsets in the original text. */
export type Segment = { text: string; start: number; end: number };

const QUOTED = /"([^"]{1,200})"|(?<![\p{L}\p{N}])'([^']{1,200})'(?![\p{L}\p{N}])/gu;
const QUOTE_MARK = /["']/;

/** Quoted stretches ("…" or '…'), so that splitting never cuts a quoted cue in two. */
export function findQuotes(folded: string): Segment[] {
  const quotes: Segment[] = [];
  // most turns hold no quote mark at all
  if (!QUOTE_MARK.test(folded)) return quotes;
  for (const match of matchesOf(QUOTED, folded)) {
    const inner = match[1] ?? match[2] ?? '';
    const start = (match.index ?? 0) + 1;
    quotes.push({ text: inner, start, end: start + inner.length });
  }
  return quotes;
}

function insideQuote(index: number, quotes: Segment[]): boolean {
  for (const quote of quotes) if (index >= quote.start && index < quote.end) return true;
  return false;
}

function cut(folded: string, boundaries: RegExp, quotes: Segment[], from: number, to: number): Segment[] {
  const pieces: Segment[] = [];
  let start = from;
  const slice = folded.slice(from, to);
  for (const match of matchesOf(boundaries, slice)) {
    const at = from + (match.index ?? 0);
    if (insideQuote(at, quotes)) continue;
    pieces.push({ text: folded.slice(start, at), start, end: at });
    start = at + match[0].length;
  }
  pieces.push({ text: folded.slice(start, to), start, end: to });
  const trimmed: Segment[] = [];
  for (const piece of pieces) {
    const segment = trimSegment(piece);
    if (segment) trimmed.push(segment);
  }
  return trimmed;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function trimSegment(piece: Segment): Segment | undefined {
  const leading = piece.text.length - piece.text.trimStart().length;
  const text = piece.text.trim();
  if (!LETTER_OR_DIGIT.test(text)) return undefined;
  return { text, start: piece.start + leading, end: piece.start + leading + text.length };
}

// sentence ends: . ! ? runs (not inside numbers like 1.5), semicolons, newlines, spaced dashes
const SENTENCE_BOUNDARY = /(?<!\d)[.!?]+(?!\d)["')]*|;|\n+|\s-+\s|\s+--+\s*|--+\s*|(?<=\p{L})-(?=\s)/gu;
// clause joints where a new request or statement usually starts
const CLAUSE_BOUNDARY =
  /,?\s+(?:and then|and after that|after that|and also|and|but|then|or|so|because|though|although|plus)\s+(?=(?:please|pls|plz|just|can|could|would|will|maybe|you|u|let|tell|give|remind|nudge|ping|say|if|when|what|how|why|i|i'm|i'll|i'd|keep|make|do|don't)\b)|,\s*(?:but|though|although)\s+|\s+but\s+/gu;

export function splitSentenceSegments(folded: string, quotes: Segment[]): Segment[] {
  return cut(folded, SENTENCE_BOUNDARY, quotes, 0, folded.length);
}

export function splitClauses(sentence: Segment, folded: string, quotes: Segment[]): Segment[] {
  return cut(folded, CLAUSE_BOUNDARY, quotes, sentence.start, sentence.end);
}

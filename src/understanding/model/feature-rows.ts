/**
 * The model rows of one text's features, as `rowsOf(model, featuresOf(text))` gives them (the same
 * rows in the same order, the same feature count, so the scores are bit for bit the same), built
 * without the set of feature names: a word's own features and their rows are looked up once per
 * word and kept, and repeats are told apart by a stamp per row, or, for names the model does not know,
 * per unknown name's number. About a tenth of a coach turn was naming and hashing features.
 */
import { wordFeatures, words } from './features.ts';
import type { FeatureRows, LinearModel } from './linear-model.ts';

/** A word's feature ids (wordFeatures' order), and the ids of the pairs (`b:word_next`) seen after it, by the next word. */
type WordRows = { ids: Int32Array; next: Map<string, number> };

const WORD_ROWS_LIMIT = 20_000;
// word pairs keep arriving in a long-running server: all words and pairs are forgotten past this
const PAIR_ROWS_LIMIT = 100_000;
const UNKNOWN_LIMIT = 200_000;
let modelInUse: LinearModel | undefined;
let rowsOfWord = new Map<string, WordRows>();
let unknownIds = new Map<string, number>();
let pairCount = 0;
// the sentence edges, as words no text can hold (a word has no '<'): "<s>" before, "</s>" after
let start: WordRows | undefined;
// seen[row] === call: that row is already in this call's output; unknownSeen the same for unknown names
let seen = new Uint32Array(0);
let unknownSeen = new Uint32Array(1024);
let call = 0;

const MAX_FEATURE_CHARS = 2_000;
const PRINTABLE_ASCII = /^[\x00-\x7f]*$/;

/**
 * `words(text)` for an ASCII text, by one pass over its characters instead of a Unicode regex and a
 * quote-trimming regex per word: in ASCII a letter is a-z (after lower-casing), a number 0-9, and no
 * character is pictographic. Any other text goes to `words` itself.
 */
function wordsOf(text: string): string[] {
  const sample = text.length > MAX_FEATURE_CHARS ? text.slice(0, MAX_FEATURE_CHARS) : text;
  if (!PRINTABLE_ASCII.test(sample)) return words(text);
  const lower = sample.toLowerCase();
  const found: string[] = [];
  let start = -1;
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index);
    const inWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27;
    if (inWord) {
      if (start < 0) start = index;
      continue;
    }
    if (start >= 0) {
      pushWord(found, lower, start, index);
      start = -1;
    }
    if (code === 0x3f || code === 0x21) found.push(code === 0x3f ? '?' : '!');
  }
  if (start >= 0) pushWord(found, lower, start, lower.length);
  return found;
}

/** Adds the word at [from, to): quotes at its edges go ("'cause'" → "cause"); a word of quotes alone reads as one quote. */
function pushWord(found: string[], lower: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && lower.charCodeAt(from) === 0x27) from++;
  while (to > from && lower.charCodeAt(to - 1) === 0x27) to--;
  found.push(from === to ? "'" : lower.slice(from, to));
}

function rowOf(model: LinearModel, name: string): number {
  return model.rowOf.get(name) ?? -1;
}

/**
 * A feature's id: its model row (0 and up), or, for a name the model does not know, -1 - n, where n
 * numbers the unknown names this process has met, so repeats are told apart by a stamp, not a set.
 */
function idOf(model: LinearModel, name: string): number {
  const row = rowOf(model, name);
  if (row >= 0) return row;
  let unknown = unknownIds.get(name);
  if (unknown === undefined) {
    unknown = unknownIds.size;
    unknownIds.set(name, unknown);
  }
  return -1 - unknown;
}

function wordRows(model: LinearModel, word: string): WordRows {
  let known = rowsOfWord.get(word);
  if (known === undefined) {
    const names = wordFeatures(word);
    const ids = new Int32Array(names.length);
    for (let index = 0; index < names.length; index++) ids[index] = idOf(model, names[index]);
    known = { ids, next: new Map() };
    rowsOfWord.set(word, known);
  }
  return known;
}

/** Forgets every word, pair and unknown name (only between calls, so one call's ids never mix). */
function forgetWords(): void {
  rowsOfWord = new Map();
  unknownIds = new Map();
  pairCount = 0;
  start = undefined;
}

/**
 * The id of the pair feature `b:previous_word`, kept on the previous word: no name is built and
 * no long string hashed for a pair seen before. A word holds no '_' and no '<', so the two words
 * name the pair alone.
 */
function pairId(model: LinearModel, previous: WordRows, previousWord: string, word: string): number {
  let pair = previous.next.get(word);
  if (pair === undefined) {
    pair = idOf(model, `b:${previousWord}_${word}`);
    previous.next.set(word, pair);
    pairCount++;
  }
  return pair;
}

/** `rowsOf(model, featuresOf(text))`, faster (feature-rows.test.ts holds them equal). */
export function featureRowsOf(model: LinearModel, text: string): FeatureRows {
  if (model !== modelInUse) {
    modelInUse = model;
    forgetWords();
    seen = new Uint32Array(model.rowOf.size);
    call = 0;
  }
  // bounded for a long-running server; one call adds at most a text's worth
  if (rowsOfWord.size >= WORD_ROWS_LIMIT || pairCount >= PAIR_ROWS_LIMIT || unknownIds.size >= UNKNOWN_LIMIT)
    forgetWords();
  call += 1;
  if (call === 0xffffffff) {
    seen.fill(0);
    unknownSeen.fill(0);
    call = 1;
  }
  const tokens = wordsOf(text);
  const wordList = tokens.map((word) => wordRows(model, word));
  // the edge entry is not a word (its own features are never added): only its pairs are used
  start ??= { ids: new Int32Array(0), next: new Map() };
  let bound = 3;
  for (const word of wordList) bound += word.ids.length + 1;
  callRows = new Int32Array(bound);
  callFound = 0;
  callFeatures = 0;
  add(idOf(model, 'bias'));
  if (tokens.length <= 3) add(idOf(model, 'len:short'));
  else if (tokens.length >= 25) add(idOf(model, 'len:long'));
  let previousWord = '<s>';
  let previous = start;
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index];
    const own = wordList[index];
    add(own.ids[0]);
    add(pairId(model, previous, previousWord, word));
    previous = own;
    previousWord = word;
    for (let feature = 1; feature < own.ids.length; feature++) add(own.ids[feature]);
  }
  add(pairId(model, previous, previousWord, '</s>'));
  return { rows: callRows.subarray(0, callFound), featureCount: callFeatures };
}

// the call being built (featureRowsOf is synchronous, so one at a time): module state rather than a
// closure per call, which under tsx (keepNames) costs a defineProperty each
let callRows = new Int32Array(0);
let callFound = 0;
let callFeatures = 0;

/** Adds feature `id` to the call's rows once (an unknown name only counts). */
function add(id: number): void {
  if (id >= 0) {
    if (seen[id] === call) return;
    seen[id] = call;
    callRows[callFound++] = id;
    callFeatures++;
    return;
  }
  const unknown = -1 - id;
  if (unknown >= unknownSeen.length) {
    const grown = new Uint32Array(Math.max(unknownSeen.length * 2, unknown + 1));
    grown.set(unknownSeen);
    unknownSeen = grown;
  }
  if (unknownSeen[unknown] === call) return;
  unknownSeen[unknown] = call;
  callFeatures++;
}

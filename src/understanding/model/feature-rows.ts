/**
 * The model rows of one text's features, as `rowsOf(model, featuresOf(text))` gives them (the same
 * rows in the same order, the same feature count, so the scores are bit for bit the same), built
 * without the set of feature names: a word's own features and their rows are looked up once per
 * word and kept, and repeats are told apart by a stamp per row, or, for names the model does not know,
 * per unknown name's number. About a tenth of a coach turn was naming and hashing features.
 */
import { wordFeatures, words } from './features.ts';
import type { FeatureRows, LinearModel } from './linear-model.ts';

/**
 * A word's feature ids (wordFeatures' order), and the ids of the pairs (`b:word_next`) seen after it,
 * keyed by the next word's entry. Entries are found by a hash of the word's characters, so a word seen
 * before is found without slicing it out of the text or hashing a new string.
 */
type WordRows = {
  word: string;
  hash: number;
  ids: Int32Array;
  next: Map<WordRows, number>;
  chain: WordRows | undefined;
};

const WORD_ROWS_LIMIT = 20_000;
// word pairs keep arriving in a long-running server: all words and pairs are forgotten past this
const PAIR_ROWS_LIMIT = 100_000;
const UNKNOWN_LIMIT = 200_000;
let modelInUse: LinearModel | undefined;
let wordsByHash = new Map<number, WordRows>();
let wordCount = 0;
let unknownIds = new Map<string, number>();
let pairCount = 0;
// the sentence edges, as words no text can hold (a word has no '<'): "<s>" before, "</s>" after
let start = edge('<s>');
let end = edge('</s>');
// bit `row` of seenRows set: that row is already in this call's output (one bit a row, 5 kB for the
// shipped model rather than 150 kB of stamps, so the checks hit the cache); cleared at the start of the
// next call from the rows the last one found. unknownSeen[n] === call: the same for unknown names
let seenRows = new Int32Array(0);
let unknownSeen = new Uint32Array(1024);
let call = 0;

const MAX_FEATURE_CHARS = 2_000;
const PRINTABLE_ASCII = /^[\x00-\x7f]*$/;

function edge(word: string): WordRows {
  return { word, hash: 0, ids: new Int32Array(0), next: new Map(), chain: undefined };
}

const nextHash = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

function hashOf(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = nextHash(hash, word.charCodeAt(index));
  return hash;
}

// an ASCII capital's lower case (toLowerCase on ASCII changes A-Z alone)
const lowerCode = (code: number) => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

/** Whether `word` is text[from, to) lower-cased. */
function holds(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let index = 0; index < word.length; index++)
    if (word.charCodeAt(index) !== lowerCode(text.charCodeAt(from + index))) return false;
  return true;
}

/**
 * The words of a text, as `words(text)` gives them, into callWords: for an ASCII text by one pass
 * over its characters instead of a Unicode regex and a quote-trimming regex per word (in ASCII a
 * letter is a-z after lower-casing, a number 0-9, and no character is pictographic); any other text
 * goes to `words` itself.
 */
function readWords(model: LinearModel, text: string): void {
  callWordCount = 0;
  const length = Math.min(text.length, MAX_FEATURE_CHARS);
  const sample = text.length > MAX_FEATURE_CHARS ? text.slice(0, MAX_FEATURE_CHARS) : text;
  if (!PRINTABLE_ASCII.test(sample)) {
    for (const word of words(text)) pushWord(wordByName(model, word));
    return;
  }
  let first = -1;
  for (let index = 0; index < length; index++) {
    const code = lowerCode(text.charCodeAt(index));
    const inWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27;
    if (inWord) {
      if (first < 0) first = index;
      continue;
    }
    if (first >= 0) {
      pushWord(wordAt(model, text, first, index));
      first = -1;
    }
    if (code === 0x3f || code === 0x21) pushWord(wordByName(model, code === 0x3f ? '?' : '!'));
  }
  if (first >= 0) pushWord(wordAt(model, text, first, length));
}

/** The word at [from, to): quotes at its edges go ("'cause'" → "cause"); a word of quotes alone reads as one quote. */
function wordAt(model: LinearModel, text: string, start: number, end: number): WordRows {
  let from = start;
  let to = end;
  while (from < to && text.charCodeAt(from) === 0x27) from++;
  while (to > from && text.charCodeAt(to - 1) === 0x27) to--;
  if (from === to) return wordByName(model, "'");
  let hash = 0;
  for (let index = from; index < to; index++) hash = nextHash(hash, lowerCode(text.charCodeAt(index)));
  for (let entry = wordsByHash.get(hash); entry !== undefined; entry = entry.chain)
    if (holds(entry.word, text, from, to)) return entry;
  return added(model, text.slice(from, to).toLowerCase(), hash);
}

function wordByName(model: LinearModel, word: string): WordRows {
  const hash = hashOf(word);
  for (let entry = wordsByHash.get(hash); entry !== undefined; entry = entry.chain)
    if (entry.word === word) return entry;
  return added(model, word, hash);
}

function added(model: LinearModel, word: string, hash: number): WordRows {
  const names = wordFeatures(word);
  const ids = new Int32Array(names.length);
  for (let index = 0; index < names.length; index++) ids[index] = idOf(model, names[index]);
  const entry: WordRows = { word, hash, ids, next: new Map(), chain: wordsByHash.get(hash) };
  wordsByHash.set(hash, entry);
  wordCount++;
  return entry;
}

function pushWord(word: WordRows): void {
  if (callWordCount === callWords.length) callWords.push(word);
  else callWords[callWordCount] = word;
  callWordCount++;
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

/** Forgets every word, pair and unknown name (only between calls, so one call's ids never mix). */
function forgetWords(): void {
  wordsByHash = new Map();
  wordCount = 0;
  unknownIds = new Map();
  pairCount = 0;
  start = edge('<s>');
  end = edge('</s>');
}

/**
 * The id of the pair feature `b:previous_word`, kept on the previous word: no name is built and
 * no long string hashed for a pair seen before. A word holds no '_' and no '<', so the two words
 * name the pair alone.
 */
function pairId(model: LinearModel, previous: WordRows, word: WordRows): number {
  let pair = previous.next.get(word);
  if (pair === undefined) {
    pair = idOf(model, `b:${previous.word}_${word.word}`);
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
    seenRows = new Int32Array((model.rowOf.size >>> 5) + 1);
    callFound = 0;
    call = 0;
  }
  // bounded for a long-running server; one call adds at most a text's worth
  if (wordCount >= WORD_ROWS_LIMIT || pairCount >= PAIR_ROWS_LIMIT || unknownIds.size >= UNKNOWN_LIMIT)
    forgetWords();
  // the last call's rows are the only bits set
  for (let index = 0; index < callFound; index++) seenRows[callRows[index] >>> 5] = 0;
  call += 1;
  if (call === 0xffffffff) {
    unknownSeen.fill(0);
    call = 1;
  }
  readWords(model, text);
  const count = callWordCount;
  let bound = 3;
  for (let index = 0; index < count; index++) bound += callWords[index].ids.length + 1;
  if (callRows.length < bound) callRows = new Int32Array(Math.max(bound, callRows.length * 2));
  callFound = 0;
  callFeatures = 0;
  add(idOf(model, 'bias'));
  if (count <= 3) add(idOf(model, 'len:short'));
  else if (count >= 25) add(idOf(model, 'len:long'));
  let previous = start;
  for (let index = 0; index < count; index++) {
    const own = callWords[index];
    add(own.ids[0]);
    add(pairId(model, previous, own));
    previous = own;
    for (let feature = 1; feature < own.ids.length; feature++) add(own.ids[feature]);
  }
  add(pairId(model, previous, end));
  // the buffer is reused: the caller keeps its own copy, a view on a fresh region of a shared slab
  return { rows: copyOfRows(callFound), featureCount: callFeatures };
}

// a copy of its own per call, without an ArrayBuffer per call (a typed array over 64 bytes gets a
// backing store outside the heap: several times the cost of a view, and more for the collector)
const SLAB_ROWS = 16 * 1024;
let slab = new Int32Array(SLAB_ROWS);
let slabUsed = 0;

function copyOfRows(count: number): Int32Array {
  if (count > SLAB_ROWS / 8) return callRows.slice(0, count);
  if (slabUsed + count > SLAB_ROWS) {
    slab = new Int32Array(SLAB_ROWS);
    slabUsed = 0;
  }
  const rows = slab.subarray(slabUsed, slabUsed + count);
  for (let index = 0; index < count; index++) rows[index] = callRows[index];
  slabUsed += count;
  return rows;
}

// the words of the call being built, reused between calls (entries past callWordCount are stale)
const callWords: WordRows[] = [];
let callWordCount = 0;

// the call being built (featureRowsOf is synchronous, so one at a time): module state rather than a
// closure per call, which under tsx (keepNames) costs a defineProperty each
let callRows = new Int32Array(0);
let callFound = 0;
let callFeatures = 0;

/** Adds feature `id` to the call's rows once (an unknown name only counts). */
function add(id: number): void {
  if (id >= 0) {
    const bit = 1 << (id & 31);
    if ((seenRows[id >>> 5] & bit) !== 0) return;
    seenRows[id >>> 5] |= bit;
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

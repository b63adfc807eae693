/**
 * The model rows of one text's features, as `rowsOf(model, featuresOf(text))` gives them (the same
 * rows in the same order, the same feature count, so the scores are bit for bit the same), built
 * without the set of feature names: a word's own features and their rows are looked up once per
 * word and kept, and repeats are told apart by row (a stamp per row) or, for the few names the
 * model does not know, by name. About a tenth of a coach turn was naming and hashing features.
 */
import { wordFeatures, words } from './features.ts';
import type { FeatureRows, LinearModel } from './linear-model.ts';

type WordRows = { names: readonly string[]; rows: Int32Array };

const WORD_ROWS_LIMIT = 20_000;
let modelInUse: LinearModel | undefined;
let rowsOfWord = new Map<string, WordRows>();
// seen[row] === call: that row is already in this call's output
let seen = new Uint32Array(0);
let call = 0;

function rowOf(model: LinearModel, name: string): number {
  return model.rowOf.get(name) ?? -1;
}

function wordRows(model: LinearModel, word: string): WordRows {
  let known = rowsOfWord.get(word);
  if (known === undefined) {
    const names = wordFeatures(word);
    const rows = new Int32Array(names.length);
    for (let index = 0; index < names.length; index++) rows[index] = rowOf(model, names[index]);
    known = { names, rows };
    if (rowsOfWord.size >= WORD_ROWS_LIMIT) rowsOfWord.clear();
    rowsOfWord.set(word, known);
  }
  return known;
}

/** `rowsOf(model, featuresOf(text))`, faster (feature-rows.test.ts holds them equal). */
export function featureRowsOf(model: LinearModel, text: string): FeatureRows {
  if (model !== modelInUse) {
    modelInUse = model;
    rowsOfWord = new Map();
    seen = new Uint32Array(model.rowOf.size);
    call = 0;
  }
  call += 1;
  if (call === 0xffffffff) {
    seen.fill(0);
    call = 1;
  }
  const tokens = words(text);
  const wordList = tokens.map((word) => wordRows(model, word));
  let bound = 3;
  for (const word of wordList) bound += word.rows.length + 1;
  const rows = new Int32Array(bound);
  let found = 0;
  let featureCount = 0;
  const unknown = new Set<string>();
  const add = (name: string, row: number) => {
    if (row >= 0) {
      if (seen[row] === call) return;
      seen[row] = call;
      rows[found++] = row;
      featureCount++;
    } else if (!unknown.has(name)) {
      unknown.add(name);
      featureCount++;
    }
  };
  add('bias', rowOf(model, 'bias'));
  if (tokens.length <= 3) add('len:short', rowOf(model, 'len:short'));
  else if (tokens.length >= 25) add('len:long', rowOf(model, 'len:long'));
  let previous = '<s>';
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index];
    const own = wordList[index];
    add(own.names[0], own.rows[0]);
    const pair = `b:${previous}_${word}`;
    add(pair, rowOf(model, pair));
    previous = word;
    for (let feature = 1; feature < own.names.length; feature++) add(own.names[feature], own.rows[feature]);
  }
  const last = `b:${previous}_</s>`;
  add(last, rowOf(model, last));
  return { rows: rows.subarray(0, found), featureCount };
}

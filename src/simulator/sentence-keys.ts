import { normalizeSentence, splitSentences } from '../text/sentences.ts';

/** A sentence as said, and its key: the normalised form that "the same sentence" is judged by. */
export type KeyedSentence = { sentence: string; key: string };

// Simulated sessions say the same lines again and again (grammars, templates, nudges); the
// client, its grammar and the metrics each split and normalise them, so the work is kept per
// thread. Bounded: past the limit the memo starts afresh instead of growing.
const MAX_ENTRIES = 50_000;
const keys = new Map<string, string>();
const splits = new Map<string, KeyedSentence[]>();

/** normalizeSentence, remembered. */
export function sentenceKey(sentence: string): string {
  let key = keys.get(sentence);
  if (key === undefined) {
    if (keys.size >= MAX_ENTRIES) keys.clear();
    key = normalizeSentence(sentence);
    keys.set(sentence, key);
  }
  return key;
}

/** splitSentences with each sentence's key, remembered; the array is shared, so do not change it. */
export function keyedSentences(text: string): readonly KeyedSentence[] {
  let keyed = splits.get(text);
  if (keyed === undefined) {
    if (splits.size >= MAX_ENTRIES) splits.clear();
    keyed = splitSentences(text).map((sentence) => ({ sentence, key: sentenceKey(sentence) }));
    splits.set(text, keyed);
  }
  return keyed;
}

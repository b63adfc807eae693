import { splitSentences } from '../text/sentences.ts';

// the turn reader, the repeat finder and the MITI coder each split every therapist turn into
// sentences; a transcript's turns are split once and shared (bounded, cleared with the other memos)
const LIMIT = 20_000;
const memo = new Map<string, readonly string[]>();

/** `splitSentences(text)`, worked out once per text; the list is shared, so callers never change it. */
export function sentencesOf(text: string): readonly string[] {
  let sentences = memo.get(text);
  if (sentences === undefined) {
    if (memo.size >= LIMIT) memo.clear();
    sentences = splitSentences(text);
    memo.set(text, sentences);
  }
  return sentences;
}

export function clearSentencesMemo(): void {
  memo.clear();
}

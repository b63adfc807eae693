import { clearStemCache } from './coding/content-words.ts';
import { clearCodingMemos } from './coding/miti-coder.ts';
import { clearSentenceKeys } from './repetition.ts';
import { clearSentencesMemo } from './sentences-memo.ts';
import { clearSentenceReadings } from './therapist-turn.ts';
import { clearUnderstandCache } from './understand-cached.ts';

/** Forgets every memo the evaluator keeps (client lines, therapist sentences), as in a fresh process. */
export function clearEvaluatorMemos(): void {
  clearUnderstandCache();
  clearSentenceReadings();
  clearSentenceKeys();
  clearSentencesMemo();
  clearStemCache();
  clearCodingMemos();
}

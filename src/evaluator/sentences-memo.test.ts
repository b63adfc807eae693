import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../text/sentences.ts';
import { clearEvaluatorMemos } from './memos.ts';
import { sentencesOf } from './sentences-memo.ts';

test('a turn is split as splitSentences splits it, once until the memos are cleared', () => {
  const text = 'Open the file. Then read "main.py" v2.1 aloud! Done?';
  const first = sentencesOf(text);
  assert.deepEqual(first, splitSentences(text));
  assert.equal(sentencesOf(text), first, 'the second ask is the memo');
  clearEvaluatorMemos();
  assert.notEqual(sentencesOf(text), first, 'clearing the evaluator memos forgets it');
  assert.deepEqual(sentencesOf(text), first);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinct2, mtld } from './diversity.ts';

test('distinct-2 is 1 for all-new bigrams and falls with repetition', () => {
  assert.equal(distinct2(['one two three', 'four five six']), 1);
  assert.ok(distinct2(['I do not know', 'I do not know']) <= 0.5);
  assert.equal(distinct2([]), 0);
});

test('MTLD is higher for varied text than for repetitive text', () => {
  const varied =
    'the quick brown fox jumps over a lazy dog while seven tired owls watch from tall green pines';
  const repetitive = 'I do not know I do not know I do not know I do not know I do not know';
  assert.ok(mtld(varied) > mtld(repetitive));
  assert.equal(mtld(''), 0);
});

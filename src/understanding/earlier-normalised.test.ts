import assert from 'node:assert/strict';
import { test } from 'node:test';
import { earlierNormalised, rememberNormalised } from './earlier-normalised.ts';
import { normalise } from './normalise.ts';

test('an earlier turn reads as normalise reads it, whether or not it was remembered', () => {
  for (const turn of ['tmrw morning… like 7', 'I  CAN’T do it', 'h e l p', '', 'İstanbul ΣΟΦΟΣ']) {
    assert.equal(earlierNormalised(turn), normalise(turn).text);
    assert.equal(earlierNormalised(turn), normalise(turn).text);
  }
});

test('a turn remembered as it was read is found again, not normalised anew', () => {
  rememberNormalised('a turn read a moment ago', 'what the analysis made of it');
  assert.equal(earlierNormalised('a turn read a moment ago'), 'what the analysis made of it');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reading } from '../testing/own-risk-reading.ts';

// a simulated client's line got the suicide question in round 19 (the ungated model read 0.99)
test('being let go from work, with no risk word, is no risk; a disclosure beside it still is', () => {
  assert.equal(reading("I think they might let me go and my partner doesn't know."), undefined);
  assert.equal(reading('my boss is going to let me go on friday'), undefined);
  assert.notEqual(reading('they might let me go and honestly i want to die'), undefined);
  assert.notEqual(reading("they're going to let me go and i've been looking at the pills"), undefined);
});

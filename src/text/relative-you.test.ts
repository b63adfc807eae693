/**
 * "someone you love" is a relative clause, not two clauses run together (src/text/garbled-clauses.ts):
 * the stock guilt question read as a garbled say-back; a real run-on beside it still reads as one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { garbledClauses } from './garbled-clauses.ts';

test('a relative clause on "someone" is not a garbled say-back', () => {
  assert.deepEqual(garbledClauses('What would you say to someone you love who felt this guilty?'), []);
  assert.deepEqual(garbledClauses('Is there anyone you trust enough to tell?'), []);
});

test('a say-back run on is still a defect', () => {
  assert.equal(garbledClauses("It sounds like you're boring you don't know.").length, 1);
});

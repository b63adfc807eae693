import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nudgePurpose } from './nudge-purpose.ts';

test('a check is said as what the nudge is for', () => {
  assert.equal(nudgePurpose('Make sure you did it.'), 'make sure you did it');
  assert.equal(nudgePurpose('See if you sent the email'), 'see if you sent the email');
  assert.equal(nudgePurpose('Check that you booked the vet.'), 'check that you booked the vet');
});

test('words to hear are not a purpose', () => {
  assert.equal(nudgePurpose('Put your phone away.'), undefined);
  assert.equal(nudgePurpose('Check the oven.'), undefined);
  assert.equal(nudgePurpose('Make the call.'), undefined);
});

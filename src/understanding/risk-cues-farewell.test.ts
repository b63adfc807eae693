import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const risky = (text: string) =>
  understand(text).some(
    (observation) => observation.kind === 'risk' && observation.about !== 'other' && !observation.past,
  );

test('a farewell to the listener, kys turned on oneself, a lethal dose for one own body: a check-in', () => {
  assert.ok(risky('just came to say goodbye to you all, thank you'));
  assert.ok(risky('gonna kys this weekend probably'));
  assert.ok(risky('looked up the lethal dose and worked it out for my weight'));
});

test('a goodbye to a place or a person, kys at someone else, a dose on a label: nothing', () => {
  assert.equal(risky('went to say goodbye to my nan at the airport'), false);
  assert.equal(risky('the max dose on the label is two tablets'), false);
});

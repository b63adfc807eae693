import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const types = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map((request) => request.type)
    .sort();

test('a why about the world or other people is a complaint, not a why asked of us', () => {
  assert.deepEqual(types('why does the bank make everything so hard'), []);
  assert.deepEqual(types('why is it always me that gets the late shift'), []);
  assert.deepEqual(types('why is my landlord like this'), []);
  // a why about what we said still asks
  assert.deepEqual(types('why would writing it down help?'), ['explain']);
  assert.deepEqual(types('why do you want me to time it'), ['explain']);
});

test('a how about the app someone else set up, or "im lost" beside an ask for the step, is no explain', () => {
  assert.deepEqual(types('how does this thing work?? my nephew put it on my phone'), []);
  assert.deepEqual(types('what do i do first with the pension letter, im so confused'), ['concrete']);
  assert.deepEqual(types('how is this supposed to help? my gp set it up'), ['explain']);
  assert.deepEqual(types('im a bit lost'), ['explain']);
});

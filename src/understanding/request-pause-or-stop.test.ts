import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const types = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'request' ? [item.type] : []));

test('a stop that says the talk goes on later is a pause', () => {
  assert.deepEqual(types('lets stop for now and carry on tomorrow, ok?'), ['pause']);
  assert.deepEqual(types('gotta go deal with the kids, can we stop here and pick up later'), ['pause']);
  assert.deepEqual(types('gotta go, forklift beeping. back in 20'), ['pause']);
  assert.deepEqual(types('hold that thought, customer just walked in'), ['pause']);
  // an end with no return, or a return "another day", stays a stop
  assert.deepEqual(types("end it here thanks, i'll come back another day"), ['stop']);
  assert.deepEqual(types('ok bye, thanks'), ['stop']);
});

test('"i want to end it (all)" and a goodbye to others are no end of the session', () => {
  assert.ok(!types('i want to end it all').includes('stop'));
  assert.ok(!types('goodbye everyone. im done after tonight').includes('stop'));
  assert.ok(!types('my brother sent me a weird goodbye text').includes('stop'));
  assert.deepEqual(types('this isnt working for me today, sorry, can we end it'), ['stop']);
  assert.deepEqual(types('too big. break it down more'), ['smaller']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

// round 14 (defects lane): readings that put a step or an ask in their mouth; sentences written for the test
const proposalsOf = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'proposal' ? [item.step] : []));
const requestsOf = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'request' ? [item.type] : []));

test('a purpose, a "could never", a feared "what if" and a bare verb are no step of theirs', () => {
  assert.deepEqual(proposalsOf('mum worked two jobs so i could go to college'), []);
  assert.deepEqual(proposalsOf('i could never charge people that much'), []);
  assert.deepEqual(proposalsOf('every time i sit down i think what if i fail the viva'), []);
  assert.deepEqual(proposalsOf('i could just ring'), []);
});

test('a step they do offer is still read', () => {
  assert.deepEqual(proposalsOf('maybe i could just text her tonight'), ['text her tonight']);
  assert.deepEqual(proposalsOf('what if i just do the first page'), ['do the first page']);
});

test('"next" naming a time or someone is no ask for the next step; "what next" is', () => {
  assert.deepEqual(requestsOf('and then they see the next patient and forget me'), []);
  assert.deepEqual(requestsOf('step 2 next week'), []);
  assert.ok(requestsOf('ok what next').includes('next'));
});

test('"if you say so" is a grudging yes, not an ask for words', () => {
  assert.ok(!requestsOf('sure, if you say so').includes('cue'));
  assert.ok(understand('sure, if you say so').some((item) => item.kind === 'turned-down'));
});

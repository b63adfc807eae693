import assert from 'node:assert/strict';
import { test } from 'node:test';
import { objectionReason } from './objection-reason.ts';

test('the reason given with a push-back is read by kind', () => {
  assert.equal(objectionReason('journaling. why would that help i dont have time to pee'), 'time');
  assert.equal(objectionReason("mate thats too much. i'm on jobs 7 till 6"), 'time');
  assert.equal(objectionReason('i work 12 hour shifts, when would i do that'), 'time');
  assert.equal(objectionReason('thats too much. i cant even shower'), 'energy');
  assert.equal(objectionReason("honestly i'm knackered, not tonight"), 'energy');
  assert.equal(objectionReason('why would that help lol. i know what im good at'), 'know-self');
});

test('no reason, or one of another kind, is none', () => {
  for (const text of [
    'why would that help',
    'thats too much',
    'i know, i know',
    'it starts at 7 and i dread it',
    'i have time tomorrow actually',
  ])
    assert.equal(objectionReason(text), undefined, text);
});

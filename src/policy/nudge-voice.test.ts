import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nudgeWordsToThem } from './nudge-voice.ts';

test('words asked in their own voice are turned round', () => {
  assert.equal(nudgeWordsToThem('take my meds'), 'take your meds');
  assert.equal(nudgeWordsToThem("check i've locked the door"), "check you've locked the door");
  assert.equal(nudgeWordsToThem('tell you how it went'), 'tell me how it went');
});

test('words already said to them are kept as said', () => {
  assert.equal(nudgeWordsToThem('put your phone away'), 'put your phone away');
  assert.equal(nudgeWordsToThem("you've got this, start the essay"), "you've got this, start the essay");
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reading } from './testing/own-risk-reading.ts';

// round 19: cues of an act read on the real-style turns of a bullying report and a heart sign
test('an act done by others or by a body part is not the person harming themselves', () => {
  assert.notEqual(reading('my heart did the flutter thing again at work'), 'self-harm/clear');
  assert.notEqual(reading('my heart did the flutter thing again at work'), 'self-harm/possible');
  assert.equal(reading('they did the thing again at lunch'), undefined);
  // the person's own act still reads, with or without the "i"
  assert.equal(reading('i did the thing again 🩸'), 'self-harm/clear');
  assert.equal(reading('did the thing again last night'), 'self-harm/clear');
});

test('a thing thrown on a roof is not the person on it; "going nowhere" is not "going now"', () => {
  assert.notEqual(
    reading('ye they threw it on the roof of the bike shed and everyone laughed'),
    'suicide/clear',
  );
  assert.notEqual(reading('going nowhere at high speed'), 'suicide/clear');
  // beside them, the person on a roof still reads clear
  assert.equal(reading('im on the roof of my building. its high enough'), 'suicide/clear');
  assert.equal(reading('standing on the roof of the car park'), 'suicide/clear');
  assert.equal(reading('on the roof of my building rn'), 'suicide/clear');
  assert.equal(reading("i've been sitting on the roof of the school for an hour"), 'suicide/clear');
});

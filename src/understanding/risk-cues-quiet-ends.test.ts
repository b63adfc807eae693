import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test('an ending said without a method or a risk word is heard', () => {
  for (const text of [
    'had a few and keep thinking about the canal',
    'i think the sea is the answer for me',
    'sometimes i picture the car going off the road with me in it',
    'i could walk into the water and not come back',
    'i reckon ill just check out',
    'why bother waking up',
    'no reason to keep breathing',
    'i dont want to continue living',
    'my cousin went last year and maybe i should go the same way',
    'sorted out who gets the cat',
    'keep eyeing the box cutter at work, havent done anything yet',
  ])
    assert.ok(ownRisk(text), text);
});

test('the same words in everyday senses are not risk', () => {
  for (const text of [
    'going to check out the new cafe later',
    'ill check out at 11 tomorrow, the hotel is fine',
    'thinking about the river trip next weekend',
    'why bother with the gym when its raining',
    'sorted out who gets the car on saturday for the move',
  ])
    assert.equal(ownRisk(text), undefined, text);
});

test('a real disclosure beside an everyday phrase is still heard', () => {
  assert.ok(ownRisk('going to check out the new cafe. i want to kill myself'));
  assert.ok(ownRisk('thinking about the river trip. honestly i dont want to continue living'));
});

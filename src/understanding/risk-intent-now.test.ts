import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test('a wish to die said with when and an intent is clear; without a time, or as a joke, it stays possible', () => {
  assert.equal(ownRisk('kms in like an hour. sorry')?.level, 'clear');
  assert.equal(ownRisk('sometimes i wish i was dead')?.level, 'possible');
  // a joke about an exam is no plan
  assert.notEqual(ownRisk('kms lol this exam tomorrow')?.level, 'clear');
});

test("a strong risk word keeps the model's reading from being a gentle guess", () => {
  const plan = ownRisk('ending it tonight thats the plan, car and hosepipe');
  assert.ok(plan);
  assert.ok(!plan.modelOnly);
});

test('a wish or an urge with no plan, act or intent is possible; a wish to kill oneself, however spelt, stays clear', () => {
  for (const text of [
    'i want to die',
    'the urge to cut is so strong rn',
    'wanna d1e fr',
    'i keep thinking i should just end it all',
  ])
    assert.equal(ownRisk(text)?.level, 'possible', text);
  for (const text of [
    'i want to k i l l myself',
    'want to k1ll mys3lf',
    'i want to die and i have the means',
    'want to die, made a plan on the weekend',
    'I want to kill myself. this deadline is killing me',
    'was thinking of taking all my insulin at once',
  ])
    assert.equal(ownRisk(text)?.level, 'clear', text);
  // a wish beside someone else's self-harm is still the person's own
  const own = ownRisk('my sister self-harms and I want to die too');
  assert.ok(own);
  assert.equal(own.type, 'suicide');
});

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

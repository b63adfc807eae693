import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';
import { TAKEN_BACK } from './risk-cues.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test('a joke denied ("not even joking") keeps the words meant; a joke said takes them back', () => {
  assert.equal(TAKEN_BACK.test('it would be nice to just not exist. not even joking'), false);
  assert.equal(TAKEN_BACK.test("i'm not kidding about this"), false);
  assert.equal(TAKEN_BACK.test('wasnt joking when i said it'), false);
  assert.equal(TAKEN_BACK.test('kill me now, jk'), true);
  assert.equal(TAKEN_BACK.test("i'm joking obviously"), true);
  assert.ok(ownRisk('wish the tumour would spread honestly. not really joking'));
  assert.ok(ownRisk('sewerslide is looking tempting lol. not even kidding'));
});

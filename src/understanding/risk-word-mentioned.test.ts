import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test('a risk word in a word game or a question about what a term means is mentioned, not used', () => {
  assert.equal(ownRisk('how many letters are there in the word suicide'), undefined);
  assert.equal(ownRisk('need a 7 letter word for kill, crossword is doing my head in'), undefined);
  assert.equal(ownRisk('what does passive suicidal ideation even mean?'), undefined);
  assert.equal(ownRisk('what is the definition of self harm? for my health class'), undefined);
});

test('a disclosure beside the mention still reads, in the same turn or the same question', () => {
  assert.equal(ownRisk('how do you spell suicide? i want to kill myself tonight')?.level, 'clear');
  assert.equal(ownRisk('how many letters in suicide. i have the pills here')?.level, 'clear');
  assert.ok(ownRisk('what does it mean if i keep wanting to die?'));
  assert.ok(ownRisk('whats the point of living, what does it even mean?'));
  assert.ok(ownRisk('what does kms mean? asking bc i want to kms'));
});

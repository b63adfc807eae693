import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test('"odd" is a feeling, not "od\'d"; an overdose said short still is one', () => {
  for (const text of ['chest tight… odd', 'feeling odd today', 'odd', 'that was an odd meeting'])
    assert.equal(ownRisk(text), undefined, text);
  for (const text of ["i od'd", 'i oded last night', "i've od'ed on my meds"])
    assert.equal(ownRisk(text)?.level, 'clear', text);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownRisk, reading } from '../testing/own-risk-reading.ts';
import { holdsWeakRiskCue } from './risk-weak-cues.ts';

test('a weak cue of hopelessness lets the learned reader ask, with no risk word', () => {
  assert.equal(reading('i feel like giving up on life, 52 and no work, no wife'), 'suicide/possible');
  assert.equal(
    reading("life's a pile of scrap and im the rustiest bit. would be easier not to wake"),
    'suicide/possible',
  );
  // everyday giving up and a pointless revision session stay unasked
  assert.equal(ownRisk('giving up chocolate for lent'), undefined);
  assert.equal(ownRisk('honestly whats the point of revising'), undefined);
});

test('the cue words, and words left out on purpose', () => {
  assert.equal(holdsWeakRiskCue("can't see a way out of any of this"), true);
  assert.equal(holdsWeakRiskCue('no more cancelling, texting her tonight'), false);
  assert.equal(holdsWeakRiskCue('close is not enough'), false);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test("someone else's accident told after the fact, settled, is no emergency now", () => {
  assert.equal(
    ownRisk("my little girl swallowed a magnet last month, all sorted at a&e, she's grand"),
    undefined,
  );
  assert.equal(
    ownRisk('my son fell off the trampoline on sunday and knocked himself out, hes fine now'),
    undefined,
  );
});

test('the same accident going on, or a disclosure beside the settled one, still reads', () => {
  assert.equal(ownRisk('my toddler swallowed a button battery an hour ago')?.level, 'clear');
  assert.ok(ownRisk('my son swallowed a magnet and hes not breathing'));
  assert.equal(
    ownRisk("my son swallowed a magnet last week, he's fine. i took all my pills tonight")?.level,
    'clear',
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';
import { happeningNow } from './risk-acute-signs.ts';

const ownRisk = (text: string): RiskObservation | undefined =>
  understand(text).find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );

test('a harm going on or just done is happening now; the same harm as a pattern is not', () => {
  assert.ok(happeningNow('hes locked me in the bedroom, im on my old tablet', 'abuse'));
  assert.ok(happeningNow('my dad is hitting my mum right now', 'abuse'));
  assert.ok(!happeningNow('he hits me when he drinks', 'abuse'));
  assert.ok(!happeningNow('my uncle does things to me when he visits and hes coming at christmas', 'abuse'));
  assert.ok(happeningNow('just cut. bleeding a bit', 'self-harm'));
  assert.ok(happeningNow('burned my arm with the lighter an hour ago', 'self-harm'));
  assert.ok(!happeningNow('really want to cut rn', 'self-harm'));
  assert.ok(!happeningNow('been scratching my arms til they bleed when im stressed', 'self-harm'));
  assert.ok(happeningNow('i cant breathe properly and my lips are going blue', 'medical-emergency'));
  assert.ok(!happeningNow('chest pains on and off all week, prob nothing', 'medical-emergency'));
  assert.ok(!happeningNow('wish i could fall asleep and not wake up', 'medical-emergency'));
  // a sign is read for its own type only
  assert.ok(!happeningNow('my lips are going blue', 'abuse'));
});

test('an own harm happening now is read clear; a pattern or an urge keeps possible', () => {
  for (const text of [
    'he locked me in the bathroom, im typing from in here',
    'fresh cuts. deep ones',
    'took way too many of my sleeping pills, room spinning',
  ])
    assert.equal(ownRisk(text)?.level, 'clear', text);
  assert.notEqual(ownRisk('really want to cut rn')?.level, 'clear');
});

test("someone else's harm beside a sign of now stays someone else's", () => {
  const other = understand('my friend just cut herself and is bleeding a lot').filter(
    (item) =>
      item.kind === 'risk' && item.about !== 'other' && item.level === 'clear' && item.type === 'self-harm',
  );
  assert.equal(other.length, 0);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { tomorrowTime } from './tomorrow-time.ts';

const nudge = (extra: Partial<RequestObservation> = {}): RequestObservation => ({
  kind: 'request',
  type: 'nudge',
  span: [0, 9],
  ...extra,
});

test('understanding\'s day: "tomorrow" with no part of the day gets the morning', () => {
  assert.equal(tomorrowTime(nudge({ day: 'tomorrow' })), '09:00');
  assert.equal(tomorrowTime(nudge({ tomorrowPart: 'unsaid' })), '09:00');
});

test('the part of the day read by understanding sets the time', () => {
  assert.equal(tomorrowTime(nudge({ tomorrowPart: 'afternoon' })), '14:00');
  assert.equal(tomorrowTime(nudge({ tomorrowPart: 'evening' })), '18:00');
  assert.equal(tomorrowTime(nudge({ tomorrowPart: 'midday' })), '12:00');
});

test('a time already given, a delay, or no day read is left alone', () => {
  assert.equal(tomorrowTime(nudge({ atClock: '09:00', day: 'tomorrow', tomorrowPart: 'unsaid' })), undefined);
  assert.equal(tomorrowTime(nudge({ afterMs: 600_000, tomorrowPart: 'unsaid' })), undefined);
  assert.equal(tomorrowTime(nudge()), undefined);
});

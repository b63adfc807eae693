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

test('understanding\'s day: "tomorrow" with no clock gets the morning, whatever the words', () => {
  assert.equal(tomorrowTime(nudge({ day: 'tomorrow' }), 'ping me then'), '09:00');
});

test('"tomorrow" and a part of the day just after the ask', () => {
  assert.equal(tomorrowTime(nudge(), 'remind me tomorrow'), '09:00');
  assert.equal(tomorrowTime(nudge(), 'remind me tmrw afternoon'), '14:00');
  assert.equal(tomorrowTime(nudge(), 'remind me tomorrow evening'), '18:00');
});

test('a time already given, a delay, or a day said elsewhere in the turn is left alone', () => {
  assert.equal(
    tomorrowTime(nudge({ atClock: '09:00', day: 'tomorrow' }), 'remind me tomorrow at 9'),
    undefined,
  );
  assert.equal(tomorrowTime(nudge({ afterMs: 600_000 }), 'remind me in 10 min tomorrow'), undefined);
  assert.equal(tomorrowTime(nudge(), 'remind me later on, because honestly the exam is tomorrow'), undefined);
  assert.equal(tomorrowTime(nudge(), 'remind me about tomorrows exam'), undefined);
});

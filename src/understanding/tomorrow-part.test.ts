import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const part = (text: string) =>
  understand(text).find((item): item is RequestObservation => item.kind === 'request')?.tomorrowPart;

test('"tomorrow" and a part of the day just after the ask', () => {
  assert.equal(part('remind me tomorrow'), 'unsaid');
  assert.equal(part('remind me tmrw afternoon'), 'afternoon');
  assert.equal(part('remind me tomorrow evening'), 'evening');
  assert.equal(part('ping me tomorrow at lunch'), 'midday');
});

test('a day said elsewhere in the turn is no day for the ask', () => {
  assert.equal(part('remind me later on, because honestly the exam is tomorrow'), undefined);
  assert.equal(part('remind me about tomorrows exam'), undefined);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialState } from '../session/state.ts';
import type { RequestObservation } from '../spec/observation.ts';
import { saidHourHalf } from './said-hour-half.ts';

const nudge = (extra: Partial<RequestObservation> = {}): RequestObservation => ({
  kind: 'request',
  type: 'nudge',
  span: [0, 9],
  clockHalfGuessed: true,
  ...extra,
});
const at = (hour: number) => ({ ...initialState(), lastAt: Date.UTC(2026, 11, 7, hour), timeZone: 'UTC' });

test('an hour no word placed: the half that comes within 12 hours', () => {
  assert.equal(saidHourHalf(at(22), nudge({ atClock: '11:00' })), '23:00');
  assert.equal(saidHourHalf(at(20), nudge({ atClock: '19:00' })), '07:00');
  assert.equal(saidHourHalf(at(20), nudge({ atClock: '09:00' })), '21:00');
  assert.equal(saidHourHalf(at(6), nudge({ atClock: '19:30' })), '07:30');
});

test('the usual half stays when it is near, when words placed it, or beside a day', () => {
  assert.equal(saidHourHalf(at(10), nudge({ atClock: '19:00' })), '19:00');
  assert.equal(saidHourHalf(at(22), nudge({ atClock: '11:00', clockHalfGuessed: undefined })), '11:00');
  assert.equal(saidHourHalf(at(22), nudge({ atClock: '11:00', day: 'tomorrow' })), '11:00');
  assert.equal(saidHourHalf(at(20), nudge({ atClock: '19:00', weekday: 'friday' })), '19:00');
});

test('never the small hours: "at 2" said at 11pm stays 2pm', () => {
  assert.equal(saidHourHalf(at(23), nudge({ atClock: '14:00' })), '14:00');
});

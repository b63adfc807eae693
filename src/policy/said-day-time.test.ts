import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialState } from '../session/state.ts';
import type { RequestObservation } from '../spec/observation.ts';
import { saidDayTime } from './said-day-time.ts';

const HOUR = 3_600_000;
const nudge = (extra: Partial<RequestObservation> = {}): RequestObservation => ({
  kind: 'request',
  type: 'nudge',
  span: [0, 9],
  ...extra,
});
// Monday 7 December 2026, 10:00 UTC
const MONDAY_10AM = Date.UTC(2026, 11, 7, 10);
const at = (lastAt: number) => ({ ...initialState(), lastAt, timeZone: 'UTC' });

test('"on friday" said on a Monday is Friday at 9am, named by its weekday', () => {
  const kept = saidDayTime(at(MONDAY_10AM), nudge({ weekday: 'friday' }));
  assert.deepEqual(kept, {
    afterMs: Date.UTC(2026, 11, 11, 9) - MONDAY_10AM,
    atClock: '09:00',
    weekday: 'friday',
  });
});

test('the day said is tomorrow: kept then, and named by the weekday they said, never only "tomorrow"', () => {
  const kept = saidDayTime(at(MONDAY_10AM), nudge({ weekday: 'tuesday', atClock: '16:00' }));
  assert.deepEqual(kept, {
    afterMs: Date.UTC(2026, 11, 8, 16) - MONDAY_10AM,
    atClock: '16:00',
    weekday: 'tuesday',
  });
});

test("the weekday of today is next week's", () => {
  const kept = saidDayTime(at(MONDAY_10AM), nudge({ weekday: 'monday', dayPart: 'evening' }));
  assert.equal(kept?.afterMs, Date.UTC(2026, 11, 14, 18) - MONDAY_10AM);
  assert.equal(kept?.weekday, 'monday');
});

test('a part of today is kept at its time today; one already gone is an hour from now', () => {
  assert.deepEqual(saidDayTime(at(MONDAY_10AM), nudge({ dayPart: 'night' })), {
    afterMs: 10 * HOUR,
    atClock: '20:00',
  });
  assert.deepEqual(saidDayTime(at(MONDAY_10AM), nudge({ dayPart: 'evening' })), {
    afterMs: 8 * HOUR,
    atClock: '18:00',
  });
  assert.deepEqual(saidDayTime(at(Date.UTC(2026, 11, 7, 23)), nudge({ dayPart: 'evening' })), {
    afterMs: HOUR,
  });
  assert.deepEqual(saidDayTime(at(Date.UTC(2026, 11, 7, 23)), nudge({ dayPart: 'night' })), {
    afterMs: HOUR,
  });
});

test("the person's time zone sets the day and the hour", () => {
  // 10:00 UTC Monday is 05:00 in New York: tonight at 8pm there is 01:00 UTC on Tuesday
  const state = { ...at(MONDAY_10AM), timeZone: 'America/New_York' };
  assert.deepEqual(saidDayTime(state, nudge({ dayPart: 'night' })), {
    afterMs: Date.UTC(2026, 11, 8, 1) - MONDAY_10AM,
    atClock: '20:00',
  });
});

test('no day said, a delay or tomorrow is left to the other readings', () => {
  assert.equal(saidDayTime(at(MONDAY_10AM), nudge()), undefined);
  assert.equal(saidDayTime(at(MONDAY_10AM), nudge({ weekday: 'friday', afterMs: 600_000 })), undefined);
  assert.equal(saidDayTime(at(MONDAY_10AM), nudge({ day: 'tomorrow', tomorrowPart: 'unsaid' })), undefined);
});

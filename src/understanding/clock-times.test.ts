import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findClockTimes, resolveAtClock } from './clock-times.ts';
import { understand } from './index.ts';

test('resolves a clock time in a zone the same way every time (the zone formatter is kept)', () => {
  const now = Date.UTC(2026, 6, 1, 12); // 13:00 in London (summer time)
  for (let round = 0; round < 3; round++)
    assert.equal(resolveAtClock('15:00', now, 'Europe/London'), Date.UTC(2026, 6, 1, 14));
});

test('an unknown zone reads as UTC every time, never kept as a zone', () => {
  const now = Date.UTC(2026, 0, 5, 12);
  for (let round = 0; round < 3; round++)
    assert.equal(resolveAtClock('15:00', now, 'Not/AZone'), Date.UTC(2026, 0, 5, 15));
});

test('the phone put away or winding down says the evening of an hour without am or pm', () => {
  const clock = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' && item.atClock ? [item.atClock] : []));
  assert.deepEqual(clock('remind me at 10:30 to put my phone down'), ['22:30']);
  assert.deepEqual(clock('ping me at 10 to start winding down'), ['22:00']);
  assert.deepEqual(clock('remind me at 10:30 to ring the dentist'), ['10:30']);
});

test('an hour no word placed in the day is marked as a guess; one placed by words or am/pm is not', () => {
  const guessed = (text: string) =>
    understand(text).flatMap((item) =>
      item.kind === 'request' && item.atClock ? [item.clockHalfGuessed] : [],
    );
  assert.deepEqual(guessed('check on me at 11 to see if i submitted'), [true]);
  assert.deepEqual(guessed('ring me at 7'), [true]);
  assert.deepEqual(guessed('ring me at 7 tonight'), [undefined]);
  assert.deepEqual(guessed('wake me at 7'), [undefined]);
  assert.deepEqual(guessed('remind me at 11am'), [undefined]);
  assert.deepEqual(guessed('remind me at 10:30 to put my phone down'), [undefined]);
});

test('minutes after a space are a clock time when said as one: "at 8 45", "2 30 pm", "7 15 tmrw"', () => {
  const clock = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' && item.atClock ? [item.atClock] : []));
  assert.deepEqual(clock('ping me at 2 30 pm'), ['14:30']);
  assert.deepEqual(clock('wake me at 6 30'), ['06:30']);
  assert.deepEqual(clock('remind me 7 15 tmrw'), ['07:15']);
  // counts, not times
  assert.deepEqual(clock('remind me to book 2 30 minute sessions'), []);
});

test('an hour ending a sentence is a clock time; a decimal is not', () => {
  const clock = (text: string) => findClockTimes(text).map((time) => time.atClock);
  assert.deepEqual(clock('can u remind me tomorrow at 2. i will 100% forget otherwise'), ['14:00']);
  assert.deepEqual(clock('it costs 2.50'), []);
  assert.deepEqual(clock('at 2.5 hours'), []);
});

test('a child settled or an evening practice places the hour in the evening', () => {
  const clock = (text: string) => findClockTimes(text).map((time) => time.atClock);
  assert.deepEqual(clock('remind me at 9 after hes settled'), ['21:00']);
  assert.deepEqual(clock('after choir practice, around nine, remind me'), ['21:00']);
});

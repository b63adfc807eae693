import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findClockTimes } from './clock-times.ts';
import { findDurations } from './durations.ts';
import { understand } from './index.ts';

// round 7, third pass: clock kinds that recur across the blind sets' writers (new sentences)
const clocksOf = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'request' && item.atClock ? [item.atClock] : []));

test('a lead before a clock time moves the time earlier and is no wait', () => {
  assert.deepEqual(clocksOf('ping me 15 minutes before 4 so i can get ready'), ['15:45']);
  assert.deepEqual(clocksOf('nudge me 20 mins before my 6pm'), ['17:40']);
  assert.deepEqual(findDurations('text me 5 mins before 11am'), []);
  assert.equal(findDurations('text me 5 mins before i go').length, 1);
});

test('"8h30" is half past eight, and a morning said by the activity', () => {
  assert.deepEqual(
    findClockTimes('nudge me at 7h45').map((time) => time.atClock),
    ['07:45'],
  );
  assert.deepEqual(clocksOf('if im still in bed at 9 message me'), ['09:00']);
  assert.deepEqual(clocksOf('remind me at 8 before the standup'), ['08:00']);
});

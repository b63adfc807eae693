import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { understand } from './index.ts';
import { READERS } from './readers.ts';

// Times on requests as people write them (the writers' conventions: data/train/understanding-v2/WRITER-README.md)
function timed(text: string): Array<Pick<RequestObservation, 'type' | 'afterMs' | 'atClock'>> {
  return understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map(({ type, afterMs, atClock }) => ({
      type,
      ...(afterMs === undefined ? {} : { afterMs }),
      ...(atClock === undefined ? {} : { atClock }),
    }));
}

test('durations on requests: fractions, recurring asks, typos, "give me 5"', () => {
  assert.deepEqual(timed('remind me in three quarters of an hour'), [{ type: 'nudge', afterMs: 2700000 }]);
  assert.deepEqual(timed('nudge me every hour to drink water'), [{ type: 'nudge', afterMs: 3600000 }]);
  assert.deepEqual(timed('can you ping me in 10 mints'), [{ type: 'nudge', afterMs: 600000 }]);
  assert.deepEqual(timed('give me 90 seconds'), [{ type: 'pause', afterMs: 90000 }]);
  assert.deepEqual(timed('give me 5'), [{ type: 'pause', afterMs: 300000 }]);
  assert.deepEqual(timed('nudge me in 20 to get back to it'), [{ type: 'nudge', afterMs: 1200000 }]);
});

test('vague amounts carry no number, and the rules read "give me 5 tips" as no pause', () => {
  assert.deepEqual(timed('remind me in an hour or so'), [{ type: 'nudge' }]);
  // the rule that reads "give me 5" as a pause; the learned reader is judged by its cross-validated figures
  const requestRules = READERS.filter((reader) => reader.name === 'request-rules');
  assert.equal(
    analyse('give me 5 tips', { readers: requestRules }).observations.some(
      (item) => item.kind === 'request' && item.type === 'pause',
    ),
    false,
  );
});

test('clock times: dotted, chat-spelt, "in evening", and an end of the session at a time', () => {
  assert.deepEqual(timed('remind me 8.15 tonite'), [{ type: 'nudge', atClock: '20:15' }]);
  assert.deepEqual(timed('remind me at 9 in evening'), [{ type: 'nudge', atClock: '21:00' }]);
  assert.deepEqual(timed('remind me 8 in morning'), [{ type: 'nudge', atClock: '08:00' }]);
  assert.deepEqual(timed("let's stop at 3, i have a call"), [{ type: 'stop', atClock: '15:00' }]);
});

test('a range of minutes is not a clock time ("in 10 to 15 min" is not 14:50)', () => {
  assert.deepEqual(timed('remind me in 10 to 15 min'), [{ type: 'nudge' }]);
  assert.deepEqual(timed('remind me at ten to 4'), [{ type: 'nudge', atClock: '15:50' }]);
});

test('"tomorrow" beside the clock time puts it on the next day; farther off it does not', () => {
  const day = (text: string) =>
    understand(text)
      .filter((item): item is RequestObservation => item.kind === 'request')
      .map(({ atClock, day }) => ({ atClock, day }));
  assert.deepEqual(day('remind me tmrw at 9'), [{ atClock: '09:00', day: 'tomorrow' }]);
  assert.deepEqual(day('remind me at 9am tomorrow'), [{ atClock: '09:00', day: 'tomorrow' }]);
  assert.deepEqual(day('nudge me tomorrow morning at 8'), [{ atClock: '08:00', day: 'tomorrow' }]);
  assert.deepEqual(day('ping me at 3pm'), [{ atClock: '15:00', day: undefined }]);
  assert.deepEqual(day('remind me at 9 to revise for tomorrows exam'), [
    { atClock: '09:00', day: undefined },
  ]);
});

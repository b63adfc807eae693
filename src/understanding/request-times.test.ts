import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const requests = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map((item) => ({ type: item.type, afterMs: item.afterMs, atClock: item.atClock }));

test('a wait and then a check is one nudge after the wait, not a pause', () => {
  assert.deepEqual(requests('gimme 10 then check on me'), [
    { type: 'nudge', afterMs: 600000, atClock: undefined },
  ]);
  assert.deepEqual(requests('give me 25 min then poke me'), [
    { type: 'nudge', afterMs: 1500000, atClock: undefined },
  ]);
  assert.deepEqual(requests('90 secs then tell me to start'), [
    { type: 'nudge', afterMs: 90000, atClock: undefined },
  ]);
  // a wait alone is still a pause
  assert.equal(requests('give me 5 min')[0]?.type, 'pause');
});

test('a repeat carries its interval; a correction, its last time', () => {
  assert.equal(requests('can u say keep going every 10 min')[0]?.afterMs, 600000);
  assert.equal(requests('can you remind me in an hour, no wait make it 30 mins')[0]?.afterMs, 1800000);
});

test('"at like 4" and "when its 5" are clock times', () => {
  assert.equal(requests('yo remind me at like 4')[0]?.atClock, '16:00');
  assert.equal(requests('ping me when its 5 so i actually stop working for once')[0]?.atClock, '17:00');
});

test('"tomorrow at 3:30" is the afternoon; "tomorrow at 9" and "tomorrow morning at 5" the morning', () => {
  const at = (text: string) => requests(text).map((request) => request.atClock);
  assert.deepEqual(at('can you text me tmrw at 3:30 to actually go in'), ['15:30']);
  assert.deepEqual(at('can u remind me at 4 tmrw to start chem'), ['16:00']);
  assert.deepEqual(at('remind me tomorrow at 9'), ['09:00']);
  assert.deepEqual(at('remind me tomorrow morning at 5'), ['05:00']);
});

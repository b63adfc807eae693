import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const nudges = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request' && item.type === 'nudge')
    .map((request) => request.afterMs ?? request.atClock);

test('a time said after "again" is a second nudge', () => {
  assert.deepEqual(nudges('remind me in 10 and again at 4'), [600_000, '16:00']);
  assert.deepEqual(nudges('bug me in 10 and again in 20'), [600_000, 1_200_000]);
  assert.deepEqual(nudges('remind me at 3 and again at 5 to take my meds'), ['15:00', '17:00']);
});

test('a wait after "again" no longer than the first is counted from the first nudge', () => {
  assert.deepEqual(nudges('ping me in 20 and if im not replying ping again in 5'), [1_200_000, 1_500_000]);
});

test('"again" with the only time said is one nudge', () => {
  assert.deepEqual(nudges('remind me again in 10'), [600_000]);
  assert.deepEqual(nudges('ping me again at 4'), ['16:00']);
});

test('"bug me" with a time is an ask, and no bug to fix', () => {
  const observations = understand('can you bug me at 4');
  assert.ok(observations.some((item) => item.kind === 'request' && item.type === 'nudge'));
  assert.ok(!observations.some((item) => item.kind === 'task'));
  assert.ok(!understand('it doesnt bug me in the slightest').some((item) => item.kind === 'request'));
});

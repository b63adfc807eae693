import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDurations, formatDuration } from './durations.ts';

const cases: [string, number[]][] = [
  ["I'll nudge you in 30 seconds.", [30_000]],
  ['In a minute, then.', [60_000]],
  ['Give it half a minute.', [30_000]],
  ['10 min is fine, or 2 minutes.', [600_000, 120_000]],
  ['a couple of minutes', [120_000]],
  ['one and a half minutes', [90_000]],
  ['a minute and a half', [90_000]],
  ['1.5 minutes', [90_000]],
  ['thirty-five seconds', [35_000]],
  ['30s then 2h', [30_000, 7_200_000]],
  ['an hour', [3_600_000]],
  ['as simple as this', []],
  ['Write one sentence.', []],
];

for (const [text, expected] of cases) {
  test(`reads ${JSON.stringify(text)} as ${expected.join(', ') || 'no duration'}`, () => {
    assert.deepEqual(
      findDurations(text).map((found) => found.ms),
      expected,
    );
  });
}

test('marks vague amounts as NaN so a checker can refuse them', () => {
  const [found] = findDurations('in a few minutes');
  assert.ok(found && Number.isNaN(found.ms));
});

test('formats the plan time in words a reader and the parser agree on', () => {
  for (const ms of [5_000, 30_000, 60_000, 90_000, 120_000, 3_600_000]) {
    assert.equal(findDurations(formatDuration(ms))[0]?.ms, ms, formatDuration(ms));
  }
  assert.equal(formatDuration(60_000), '1 minute');
});

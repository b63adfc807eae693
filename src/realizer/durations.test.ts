import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDuration } from './durations.ts';

test('says durations the way a person would', () => {
  assert.equal(formatDuration(30_000), '30 seconds');
  assert.equal(formatDuration(1_000), 'a second');
  assert.equal(formatDuration(60_000), 'a minute');
  assert.equal(formatDuration(90_000), 'a minute and a half');
  assert.equal(formatDuration(120_000), '2 minutes');
  assert.equal(formatDuration(135_000), '2 minutes and 15 seconds');
  assert.equal(formatDuration(600_000), '10 minutes');
  assert.equal(formatDuration(3_600_000), 'an hour');
  assert.equal(formatDuration(5_400_000), 'an hour and a half');
  assert.equal(formatDuration(0), 'a moment');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockWords } from './clock-words.ts';

const HOUR = 3_600_000;

test('the midnight ahead, asked in the evening, is "midnight tonight", not "midnight tomorrow"', () => {
  assert.equal(clockWords('00:00', 3 * HOUR), 'midnight tonight');
  assert.equal(clockWords('00:00', 23 * HOUR), 'midnight tomorrow');
  assert.equal(clockWords('16:00', 20 * HOUR), '4pm tomorrow');
  assert.equal(clockWords('09:30', 2 * HOUR), '9:30am');
});

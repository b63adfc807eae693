import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTime } from '../web/src/locale.ts';

// Just after midnight is where `hour: 'numeric'` writes "0:08" for the UK; a browser test
// only sees that hour by chance, so the formatter is checked here at a fixed time.
const justAfterMidnight = new Date(2026, 11, 6, 0, 8).getTime();
const afternoon = new Date(2026, 11, 6, 14, 5).getTime();

test('a 24-hour locale writes two-digit hours, also just after midnight', () => {
  assert.equal(formatTime(justAfterMidnight, 'en-GB'), '00:08');
  assert.equal(formatTime(afternoon, 'en-GB'), '14:05');
  assert.equal(formatTime(justAfterMidnight, 'de-DE'), '00:08');
});

test('a 12-hour locale writes the hour bare, with its day period', () => {
  assert.match(formatTime(afternoon, 'en-US'), /^2:05\s?PM$/);
  assert.match(formatTime(justAfterMidnight, 'en-US'), /^12:08\s?AM$/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDurations, parseDuration } from './durations.ts';

test('parses durations in words and digits', () => {
  const cases: [string, number][] = [
    ['30 seconds', 30000],
    ['thirty seconds', 30000],
    ['half a minute', 30000],
    ['a minute', 60000],
    ['a couple of minutes', 120000],
    ['90 secs', 90000],
    ['1.5 min', 90000],
    ['ten minutes', 600000],
    ['half an hour', 1800000],
    ['twenty-five minutes', 1500000],
    ['quarter of an hour', 900000],
    ['two and a half minutes', 150000],
    ['an hour and a half', 5400000],
    ['10-minute', 600000],
    ['30s', 30000],
    ['three quarters of an hour', 2700000],
    ['10 mints', 600000],
    ['every hour', 3600000],
    // round 6: chat spellings of hours and halves, hours and minutes together (data/blind/understanding-v5, -v6)
    ['half an hr', 1800000],
    ['an hr n a half', 5400000],
    ['1 hour 15 mins', 4500000],
    ['2 hrs and 30 minutes', 9000000],
    ['25ish min', 1500000],
  ];
  for (const [text, ms] of cases) assert.equal(parseDuration(text), ms, text);
});

test('leaves vague amounts and ranges out rather than guessing', () => {
  for (const text of [
    'in a sec',
    'a few minutes',
    'a bit',
    '1-2 minutes',
    'ten or fifteen minutes',
    'a minute or two',
    'a moment',
    'an hour or so',
    'twenty minutes or so',
    '',
  ]) {
    assert.equal(parseDuration(text), undefined, text);
  }
});

test('a person asking reads a range by its first bound and "or so" by its number; a promise does not', () => {
  const approximate = (text: string) =>
    findDurations(text, undefined, { approximate: true }).map((found) => found.ms);
  assert.deepEqual(approximate('check on me in 10-15 min'), [600000]);
  assert.deepEqual(approximate('ten or fifteen minutes'), [600000]);
  assert.deepEqual(approximate('a minute or two'), [60000]);
  assert.deepEqual(approximate('in an hour or so'), [3600000]);
  assert.deepEqual(approximate('in a sec'), []);
  assert.deepEqual(approximate('a few minutes'), []);
  assert.deepEqual(findDurations('check on me in 10-15 min'), []);
  // "at 16h" is a clock time, not sixteen hours
  assert.deepEqual(approximate('remind me at 16h'), []);
});

test('finds a therapist promise with its span', () => {
  const text = "I'll remind you in half a minute.";
  const [found] = findDurations(text);
  assert.equal(found?.ms, 30000);
  assert.equal(text.slice(found!.span[0], found!.span[1]), 'half a minute');
});

test('a bare number after "give me" or before "to …" is minutes; a range of minutes is not a clock time', () => {
  assert.deepEqual(
    findDurations('give me 5').map((found) => found.ms),
    [300000],
  );
  assert.deepEqual(
    findDurations('nudge me in 15 to come back').map((found) => found.ms),
    [900000],
  );
  assert.deepEqual(findDurations('remind me in 10 to 15'), []);
});

test('"1 hour and half" is an hour and a half (two writers, non-native English)', () => {
  assert.deepEqual(
    findDurations('please remind me after 1 hour and half').map((found) => found.ms),
    [5400000],
  );
});

test('a hyphenated number written out is one amount, not a range; "3 quarters" is a fraction', () => {
  const approximate = (text: string) =>
    findDurations(text, undefined, { approximate: true }).map((d) => d.ms);
  assert.deepEqual(approximate('remind me in forty-five minutes'), [2700000]);
  assert.deepEqual(approximate('twenty-five mins'), [1500000]);
  // a real range still reads by its first bound
  assert.deepEqual(approximate('in 10-15 min'), [600000]);
  assert.deepEqual(approximate('in 3 quarters of an hour'), [2700000]);
  assert.deepEqual(approximate('in 20 can you ask'), [1200000]);
});

test('hours then minutes with the minutes unit left off ("in 1h30") is one delay; "at 9h30" is a clock', () => {
  const delays = (text: string) => findDurations(text).map((found) => found.ms);
  assert.deepEqual(delays('remind me in 1h30'), [90 * 60_000]);
  assert.deepEqual(delays('ping me after 2hr15 pls'), [135 * 60_000]);
  assert.deepEqual(delays('at 9h30 remind me'), []);
});

test('"an hour and 15" at the end is 75 minutes; "an hour and 15 people" is no delay of 75', () => {
  const delays = (text: string) => findDurations(text).map((found) => found.ms);
  assert.deepEqual(delays('nudge in an hour and 15'), [75 * 60_000]);
  assert.deepEqual(delays('nudge me in 1 hr and 15, pls'), [75 * 60_000]);
  assert.notDeepEqual(delays('an hour and 15 people came'), [75 * 60_000]);
});

test('a number said loosely is the number: "in like 40 ish", "15 ish minutes", "twenty odd minutes"', () => {
  const asked = (text: string) =>
    findDurations(text, undefined, { approximate: true }).map((found) => found.ms);
  assert.deepEqual(asked('ping me in like 40 ish'), [40 * 60_000]);
  assert.deepEqual(asked('ping me in 15 ish minutes'), [15 * 60_000]);
  assert.deepEqual(asked('remind me in 5 ish mins'), [5 * 60_000]);
  assert.deepEqual(asked('check in with me in twenty odd minutes'), [20 * 60_000]);
  assert.deepEqual(asked('ping me in roughly 25'), [25 * 60_000]);
  // "odd" loosens only a number of tens: "two odd minutes" is not two minutes said loosely
  assert.deepEqual(asked('two odd minutes'), []);
});

test('a bare range or "or so" is read by its first number when asked, never in a promise', () => {
  const asked = (text: string) =>
    findDurations(text, undefined, { approximate: true }).map((found) => found.ms);
  assert.deepEqual(asked('nudge me in 20 or so'), [20 * 60_000]);
  assert.deepEqual(asked('remind me in 10 or 15'), [10 * 60_000]);
  assert.deepEqual(findDurations('nudge me in 20 or so'), []);
  assert.deepEqual(findDurations('remind me in 10 or 15'), []);
  // "20 to 6" is a clock time, not a range of minutes
  assert.deepEqual(asked('set me a nudge for 20 to 6'), []);
});

test("fractions written with a slash and an hour and a quarter (the lead's fresh r19 class)", () => {
  assert.equal(parseDuration('3/4 of an hour'), 2_700_000);
  assert.equal(parseDuration('1/2 hr'), 1_800_000);
  assert.equal(parseDuration('an hour and a quarter'), 4_500_000);
  assert.equal(parseDuration('2 hrs n a quarter'), 8_100_000);
  assert.equal(parseDuration('i did 3/4 of the form'), undefined);
});

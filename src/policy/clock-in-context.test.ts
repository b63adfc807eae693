/**
 * Clock times read in their context, through the coach: the part of the day said just before, a number after
 * a part of the day, a lead before an appointment, a condition beside the hour (the lead's fresh r19 classes
 * and the brief's). Lines written for these tests, not taken from any rated set.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { createCoachSession } from '../coach/coach-session.ts';
import { checkInvariants } from '../session/invariants.ts';

// Tuesday 8 December 2026
const AT = (hour: number) => Date.UTC(2026, 11, 8, hour);

async function promised(hour: number, lines: string[]) {
  const coach = createCoachSession({ clock: new VirtualClock(AT(hour)), seed: 2, timeZone: 'UTC' });
  await coach.open();
  let last = await coach.receive(lines[0]);
  for (const line of lines.slice(1)) last = await coach.receive(line);
  assert.deepEqual(checkInvariants(coach.events()), []);
  const text = last.messages.map((message) => message.text).join(' ');
  const due = last.nudges.map((nudge) => new Date(nudge.dueAt).toISOString().slice(0, 16));
  return { text, due };
}

test('"tomorrow morning", then "can u remind me at 9?": 9am tomorrow, not 9pm tonight', async () => {
  const { text, due } = await promised(14, ['I might try that tomorrow morning', 'can u remind me at 9?']);
  assert.deepEqual(due, ['2026-12-09T09:00']);
  assert.match(text, /9am tomorrow/, text);
});

test('"Sunday evening? Maybe 7.": 7pm on Sunday, not the evening\'s usual 6pm', async () => {
  const { text, due } = await promised(10, ['Could you message me Sunday evening? Maybe 7.']);
  assert.deepEqual(due, ['2026-12-13T19:00']);
  assert.match(text, /7pm on Sunday/, text);
});

test('"15 min before the dentist, it\'s at 3": 2:45pm, not in 15 minutes', async () => {
  const { text, due } = await promised(10, ["15 min before the dentist, it's at 3, remind me"]);
  assert.deepEqual(due, ['2026-12-08T14:45']);
  assert.match(text, /2:45pm/, text);
});

test('"poke me at 9 if I\'m still on my phone" in the evening: 9pm, and the condition said', async () => {
  const { text, due } = await promised(19, [
    'i should be asleep by 11',
    "poke me at 9 if I'm still on my phone",
  ]);
  assert.deepEqual(due, ['2026-12-08T21:00']);
  assert.match(text, /9pm/, text);
  assert.match(text, /still on your phone/, text);
});

test('"if i havent said anything by 3 o\'clock can you chase me": 3pm, and the condition said', async () => {
  const { text, due } = await promised(10, ["if i havent said anything by 3 o'clock can you chase me"]);
  assert.deepEqual(due, ['2026-12-08T15:00']);
  assert.match(text, /3pm/, text);
  assert.match(text, /haven't said anything/, text);
});

test('"remind me after dinner to …": kept at the evening\'s time and said as when, never "in case after dinner"', async () => {
  for (const line of ['remind me after dinner to do the chem worksheet', 'check on me after lunch pls']) {
    const { text, due } = await promised(10, ['i need to do my chemistry homework', line]);
    assert.equal(due.length, 1, text);
    assert.match(text, /At (?:6pm, after dinner|2pm, after lunch),/, text);
    assert.doesNotMatch(text, /in case after|If after/i, text);
  }
});

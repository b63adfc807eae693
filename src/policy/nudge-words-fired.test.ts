/**
 * A reminder asked with its words fires with those words, turned to the person ("remind me in 10 min
 * that im not useless" fired as "Checking in, as planned", r18). Lines written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { createCoachSession } from '../coach/coach-session.ts';
import type { TherapistMessage } from '../coach/types.ts';
import { checkInvariants } from '../session/invariants.ts';

const START = Date.UTC(2026, 11, 8, 10);

async function fired(line: string, waitMs: number, seed = 1) {
  const clock = new VirtualClock(START);
  const coach = createCoachSession({ clock, seed, timeZone: 'UTC' });
  const heard: TherapistMessage[] = [];
  coach.onMessage((message) => heard.push(message));
  await coach.open();
  const turn = await coach.receive(line);
  clock.advance(waitMs);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(checkInvariants(coach.events()), []);
  const said = turn.messages.map((message) => message.text).join(' ');
  return { said, nudges: heard.filter((message) => message.nudge).map((message) => message.text) };
}

test('"remind me in 10 min that im not useless" fires with "you\'re not useless"', async () => {
  for (const seed of [1, 2, 3]) {
    const { said, nudges } = await fired('remind me in 10 min that im not useless', 600_000, seed);
    assert.match(said, /10 minutes/);
    assert.equal(nudges.length, 1);
    assert.match(nudges[0], /you're not useless/i, nudges[0]);
    assert.doesNotMatch(nudges[0], /as planned|I'm not useless/, nudges[0]);
  }
});

test('the words of a timed reminder come turned and whole: a fact, a promise to oneself, a task', async () => {
  const cases: [string, number, RegExp][] = [
    ['in like 15 remind me that the laundry is in the dryer', 900_000, /the laundry is in the dryer/i],
    ['remind me in half an hour that i have a dissertation', 1_800_000, /you have a dissertation/i],
    ['text me at 5 to take my meds', 7 * 3_600_000, /take your meds/i],
  ];
  for (const [line, waitMs, words] of cases) {
    const { nudges } = await fired(line, waitMs);
    assert.equal(nudges.length, 1, line);
    assert.match(nudges[0], words, nudges[0]);
    assert.doesNotMatch(nudges[0], /as planned/, nudges[0]);
  }
});

test('a fired reminder ends as what it reminds: a fact ends there, a kind word gets a moment, a task a start', async () => {
  const cases: [string, number, RegExp, RegExp][] = [
    [
      'in 20 remind me that the bread is in the oven',
      1_200_000,
      /bread is in the oven/i,
      /reminder|for now|nothing more/i,
    ],
    [
      'remind me in an hour that i am doing fine',
      3_600_000,
      /you are doing fine/i,
      /land|breath with that|sit with you|once more/i,
    ],
    ['ping me at 6 to water the plants', 8 * 3_600_000, /water the plants/i, /breath|ready|first bit/i],
  ];
  for (const [line, waitMs, words, ending] of cases) {
    for (const seed of [1, 2, 3, 4]) {
      const { nudges } = await fired(line, waitMs, seed);
      assert.equal(nudges.length, 1, line);
      assert.match(nudges[0], words, nudges[0]);
      assert.match(nudges[0], ending, nudges[0]);
      assert.doesNotMatch(nudges[0], /hands rest|look at the/, nudges[0]);
      // a statement is a reminder, not words to repeat
      if (!/plants/.test(line)) assert.doesNotMatch(nudges[0], /Listen:|Just these words/, nudges[0]);
    }
  }
});

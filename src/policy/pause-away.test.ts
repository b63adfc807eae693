/**
 * Time away with no clock ("gotta go, back tonight") is a pause that lets them go: no minute's hold, no
 * check-in a minute on (fresh r19). Lines written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { createCoachSession } from '../coach/coach-session.ts';
import type { TherapistMessage } from '../coach/types.ts';
import { checkInvariants } from '../session/invariants.ts';

const START = Date.UTC(2026, 11, 8, 10);

async function said(line: string, seed = 1) {
  const clock = new VirtualClock(START);
  const coach = createCoachSession({ clock, seed, timeZone: 'UTC' });
  const heard: TherapistMessage[] = [];
  coach.onMessage((message) => heard.push(message));
  await coach.open();
  const turn = await coach.receive(line);
  clock.advance(5 * 60_000);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(checkInvariants(coach.events()), []);
  return {
    text: turn.messages.map((message) => message.text).join(' '),
    nudges: heard.filter((message) => message.nudge).length,
  };
}

test('"have to go, back later" lets them go with no check-in a minute on; "can we pause" still holds', async () => {
  for (const seed of [1, 2, 3]) {
    const away = await said('the bus is here, have to go, back later ok', seed);
    assert.doesNotMatch(away.text, /in a minute|sit with it/i, away.text);
    assert.equal(away.nudges, 0, away.text);
    const held = await said('can we pause?', seed);
    assert.equal(held.nudges, 1, held.text);
  }
});

test('a risk said beside time away is answered first', async () => {
  const { text } = await said('have to go, back tonight, i am going to end my life tonight');
  assert.match(text, /safe|emergency|crisis|helpline|988|116|999|911|right now/i, text);
});

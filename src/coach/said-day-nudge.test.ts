import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { checkInvariants } from '../session/invariants.ts';
import { createCoachSession } from './coach-session.ts';
import type { TherapistMessage } from './types.ts';

// Monday 7 December 2026, 10:00 UTC
const MONDAY_10AM = Date.UTC(2026, 11, 7, 10);

async function coachAt(now: number) {
  const clock = new VirtualClock(now);
  const session = createCoachSession({ clock, seed: 4, timeZone: 'UTC' });
  const heard: TherapistMessage[] = [];
  session.onMessage((message) => heard.push(message));
  await session.open();
  await session.receive('I need to send the tax form');
  return { clock, session, heard };
}

test('"remind me on friday" is kept on Friday, the reply names the day, and it fires then', async () => {
  const { clock, session, heard } = await coachAt(MONDAY_10AM);
  const turn = await session.receive('remind me on friday');
  assert.equal(turn.nudges.length, 1);
  assert.equal(turn.nudges[0].dueAt, Date.UTC(2026, 11, 11, 9));
  assert.match(turn.messages[0].text, /\b9am on Friday\b/, turn.messages[0].text);
  // never the default minute it promised before
  assert.doesNotMatch(turn.messages[0].text, /\bminute\b/, turn.messages[0].text);
  clock.advanceTo(Date.UTC(2026, 11, 11, 9));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(heard.filter((message) => message.nudge).length, 1);
  assert.deepEqual(checkInvariants(session.events()), []);
});

test('"check on me tonight" and "after work" are kept today at a time the reply says', async () => {
  const tonight = await coachAt(MONDAY_10AM);
  const first = await tonight.session.receive('can you check on me tonight');
  assert.equal(first.nudges[0]?.dueAt, Date.UTC(2026, 11, 7, 20));
  assert.match(first.messages[0].text, /\b8pm\b/, first.messages[0].text);
  assert.deepEqual(checkInvariants(tonight.session.events()), []);
  const work = await coachAt(MONDAY_10AM);
  const second = await work.session.receive('remind me after work');
  assert.equal(second.nudges[0]?.dueAt, Date.UTC(2026, 11, 7, 18));
  assert.match(second.messages[0].text, /\b6pm\b/, second.messages[0].text);
});

test('"remind me next month" schedules nothing and says so plainly, with no promise of another time', async () => {
  const { session } = await coachAt(MONDAY_10AM);
  const turn = await session.receive('can you remind me next month');
  assert.equal(turn.nudges.length, 0);
  assert.match(turn.messages[0].text, /"next month"/, turn.messages[0].text);
  assert.doesNotMatch(turn.messages[0].text, /\bI'll\b|\bminute\b/, turn.messages[0].text);
  assert.deepEqual(checkInvariants(session.events()), []);
});

test('"remind me in 10 and again in 30": two nudges scheduled, both promised, both fire on time', async () => {
  const { clock, session, heard } = await coachAt(MONDAY_10AM);
  const turn = await session.receive('remind me in 10 and again in 30');
  assert.deepEqual(
    turn.nudges.map((nudge) => nudge.dueAt - MONDAY_10AM),
    [600_000, 1_800_000],
  );
  assert.match(turn.messages[0].text, /\b10 minutes\b/, turn.messages[0].text);
  assert.match(turn.messages[0].text, /\b30 minutes\b/, turn.messages[0].text);
  clock.advance(600_000);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(heard.filter((message) => message.nudge).length, 1);
  clock.advance(1_200_000);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(heard.filter((message) => message.nudge).length, 2);
  assert.deepEqual(session.pendingNudges(), []);
  assert.deepEqual(checkInvariants(session.events()), []);
});

test('"remind me after the school run" asks for a time rather than promising the default minute', async () => {
  const { session } = await coachAt(MONDAY_10AM);
  const turn = await session.receive('remind me after the school run to ring the dentist');
  assert.equal(turn.nudges.length, 0);
  assert.match(turn.messages[0].text, /"after the school run"/, turn.messages[0].text);
  assert.doesNotMatch(turn.messages[0].text, /\bI'll\b|\bminute\b/, turn.messages[0].text);
  assert.deepEqual(checkInvariants(session.events()), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { checkInvariants } from '../session/invariants.ts';
import { createCoachSession } from './coach-session.ts';
import type { TherapistMessage } from './types.ts';

const START = Date.UTC(2026, 11, 7, 10);

test('"remind me every 15 mins": one nudge, the reply says plainly it comes once, and only it fires', async () => {
  const clock = new VirtualClock(START);
  const session = createCoachSession({ clock, seed: 4, timeZone: 'UTC' });
  const heard: TherapistMessage[] = [];
  session.onMessage((message) => heard.push(message));
  await session.open();
  await session.receive('I need to send the tax form');
  const turn = await session.receive('remind me every 15 mins to keep going');
  assert.deepEqual(
    turn.nudges.map((nudge) => nudge.dueAt - START),
    [900_000],
  );
  const text = turn.messages.map((message) => message.text).join(' ');
  assert.match(text, /\b15 minutes\b/, text);
  assert.match(text, /\bone nudge\b|\bonce\b|\bthe one nudge\b/i, text);
  for (let quarter = 1; quarter <= 4; quarter++) {
    clock.advance(900_000);
    await new Promise((resolve) => setImmediate(resolve));
  }
  // an hour on: the one nudge promised fired, and no other
  assert.equal(heard.filter((message) => message.nudge).length, 1);
  assert.deepEqual(session.pendingNudges(), []);
  assert.deepEqual(checkInvariants(session.events()), []);
});

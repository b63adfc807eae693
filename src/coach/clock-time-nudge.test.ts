import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { checkInvariants } from '../session/invariants.ts';
import { createCoachSession } from './coach-session.ts';

test('"nudge me at 3pm" is kept at 3pm in the person\'s time zone, and the reply says when', async () => {
  // 12:00 UTC on 5 January 2026 is 07:00 in New York: 3pm there is 8 hours away
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 12));
  const session = createCoachSession({ clock, seed: 4, timeZone: 'America/New_York' });
  await session.open();
  await session.receive('I need to call the dentist');
  const turn = await session.receive('nudge me at 3pm');
  assert.equal(turn.nudges.length, 1);
  assert.equal(turn.nudges[0].dueAt, Date.UTC(2026, 0, 5, 20));
  assert.match(turn.messages[0].text, /\b8 hours\b/, turn.messages[0].text);
  assert.deepEqual(checkInvariants(session.events()), []);
});

test('without a time zone given, the clock time is read in this machine\'s zone, never as "in a minute"', async () => {
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 12));
  const session = createCoachSession({ clock, seed: 4 });
  await session.open();
  const turn = await session.receive('remind me at 9pm to call the dentist');
  assert.equal(turn.nudges.length, 1);
  assert.ok(turn.nudges[0].dueAt - clock.now() > 60_000, String(turn.nudges[0].dueAt - clock.now()));
  assert.doesNotMatch(turn.messages[0].text, /\b(?:in )?(?:a|1) minute\b/i, turn.messages[0].text);
});

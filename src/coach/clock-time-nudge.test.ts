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
  // said as the time they asked for, not as hours from now
  assert.match(turn.messages[0].text, /\b3pm\b/, turn.messages[0].text);
  assert.doesNotMatch(turn.messages[0].text, /\btomorrow\b|\bhours\b/, turn.messages[0].text);
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

test('a time of day already past today is said as tomorrow', async () => {
  // 23:00 UTC: 10am is 11 hours away, on the next day
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 23));
  const session = createCoachSession({ clock, seed: 4, timeZone: 'UTC' });
  await session.open();
  await session.receive('I need to call the dentist');
  const turn = await session.receive('can you remind me at 10am');
  assert.equal(turn.nudges[0]?.dueAt, Date.UTC(2026, 0, 6, 10));
  assert.match(turn.messages[0].text, /\b10am tomorrow\b/, turn.messages[0].text);
});

test('"tomorrow at 9" said at 8am is kept tomorrow, not in an hour, and the reply says tomorrow', async () => {
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 8));
  const session = createCoachSession({ clock, seed: 4, timeZone: 'UTC' });
  await session.open();
  await session.receive('I need to call the dentist');
  const turn = await session.receive('remind me tmrw at 9 pls');
  assert.equal(turn.nudges.length, 1);
  assert.equal(turn.nudges[0].dueAt, Date.UTC(2026, 0, 6, 9));
  assert.match(turn.messages[0].text, /\b9am tomorrow\b/, turn.messages[0].text);
  assert.deepEqual(checkInvariants(session.events()), []);
});

test('"tomorrow at 9" keeps the wall-clock time across a daylight-saving change in the night', async () => {
  // 29 March 2026: London's clocks go forward at 01:00 UTC. Said at 08:00 on the 28th (UTC = London),
  // 9am on the 29th is 08:00 UTC, 24 hours later, not 25
  const clock = new VirtualClock(Date.UTC(2026, 2, 28, 8));
  const session = createCoachSession({ clock, seed: 4, timeZone: 'Europe/London' });
  await session.open();
  await session.receive('I need to call the dentist');
  const turn = await session.receive('can you nudge me at 9am tomorrow');
  assert.equal(turn.nudges[0]?.dueAt, Date.UTC(2026, 2, 29, 8));
});

test('a bare "remind me tomorrow" is kept tomorrow morning at a time the reply names, not in a minute', async () => {
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 15));
  const session = createCoachSession({ clock, seed: 4, timeZone: 'UTC' });
  await session.open();
  await session.receive('I need to call the dentist');
  const turn = await session.receive('ok can you remind me tomorrow');
  assert.equal(turn.nudges.length, 1);
  assert.equal(turn.nudges[0].dueAt, Date.UTC(2026, 0, 6, 9));
  assert.match(turn.messages[0].text, /\b9am tomorrow\b/, turn.messages[0].text);
  assert.deepEqual(checkInvariants(session.events()), []);
});

test('"remind me tomorrow evening" is kept tomorrow evening', async () => {
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 15));
  const session = createCoachSession({ clock, seed: 4, timeZone: 'UTC' });
  await session.open();
  await session.receive('I need to call the dentist');
  const turn = await session.receive('nudge me tmrw evening pls');
  assert.equal(turn.nudges[0]?.dueAt, Date.UTC(2026, 0, 6, 18));
  assert.match(turn.messages[0].text, /\b6pm tomorrow\b/, turn.messages[0].text);
});

test('a morning said in the turn before carries: "tmrw morning… like 7" then "message me at 7" is 7am', async () => {
  // 20:00 UTC: 7pm is already past, so without the earlier turn "at 7" would be read as evening
  const clock = new VirtualClock(Date.UTC(2026, 0, 5, 20));
  const session = createCoachSession({ clock, seed: 4, timeZone: 'UTC' });
  await session.open();
  await session.receive('I need to call the dentist');
  await session.receive('ill do it tmrw morning, like 7 before work');
  const turn = await session.receive('message me at 7');
  assert.equal(turn.nudges.length, 1);
  assert.equal(turn.nudges[0].dueAt, Date.UTC(2026, 0, 6, 7));
  assert.deepEqual(checkInvariants(session.events()), []);
});

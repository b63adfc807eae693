import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { checkInvariants } from '../session/invariants.ts';
import { createCoachSession } from './coach-session.ts';

test("a country chosen mid-session gives the crisis turn that country's lines, not the opening one's", async () => {
  const session = createCoachSession({ clock: new VirtualClock(0), seed: 2, locale: 'en-US' });
  await session.open();
  await session.receive('my exams are next week', { locale: 'en-US' });
  const turn = await session.receive('I want to kill myself', { locale: 'en-GB' });
  assert.match(turn.messages[0].text, /116 123/, turn.messages[0].text);
  assert.doesNotMatch(turn.messages[0].text, /\b988\b/, turn.messages[0].text);
  assert.equal(session.state().locale, 'en-GB');
  assert.deepEqual(checkInvariants(session.events()), []);
});

test("a turn without a locale keeps the session's", async () => {
  const session = createCoachSession({ clock: new VirtualClock(0), seed: 2, locale: 'en-GB' });
  await session.open();
  const turn = await session.receive('I want to kill myself');
  assert.match(turn.messages[0].text, /116 123/, turn.messages[0].text);
});

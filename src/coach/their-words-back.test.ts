import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { checkInvariants } from '../session/invariants.ts';
import { understand } from '../understanding/index.ts';
import { createCoachSession } from './coach-session.ts';

const theirs = (text: string) =>
  understand(text).filter((item) => item.kind === 'request' && item.wordsWanted === 'theirs').length;

test('asks for their own words back are read as such, reported ones are not', () => {
  assert.equal(theirs('can u just type out what i said, word for word'), 1);
  assert.equal(theirs('could you sum that up for me'), 1);
  assert.equal(theirs('quote me back pls'), 1);
  assert.equal(theirs('my tutor told me to sum it up in a page'), 0);
});

test('"type out what i said, word for word" gets their words back and no step of ours', async () => {
  const session = createCoachSession({ clock: new VirtualClock(Date.UTC(2026, 11, 7, 10)), seed: 4 });
  await session.open();
  await session.receive('i have to ring the council about the damp and i keep putting it off');
  await session.receive('every time i pick up the phone my mind goes blank');
  const turn = await session.receive('can u just type out what i said. exact words');
  const text = turn.messages.map((message) => message.text).join(' ');
  assert.match(text, /\bmind goes blank\b/, text);
  assert.doesNotMatch(text, /\b(?:step|first three words)\b/i, text);
  assert.deepEqual(checkInvariants(session.events()), []);
});

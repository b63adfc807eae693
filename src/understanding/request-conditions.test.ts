import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const nudgeOf = (text: string) =>
  understand(text).find(
    (item): item is RequestObservation => item.kind === 'request' && item.type === 'nudge',
  );

test('a condition said before the ask ends where the ask begins', () => {
  assert.equal(nudgeOf('if i havent started by 8 nudge me')?.condition, "if i haven't started by 8");
  assert.equal(nudgeOf('if im not back in 30 ping me')?.condition, "if I'm not back in 30");
  assert.equal(
    nudgeOf('if i dont message by noon can you check in')?.condition,
    "if i don't message by noon",
  );
});

test('a message asked for on a condition, or ending the turn, is a nudge with its time', () => {
  const byThree = nudgeOf('if i havent said anything by 3 pm message me');
  assert.equal(byThree?.atClock, '15:00');
  assert.equal(byThree?.condition, "if i haven't said anything by 3 pm");
  assert.equal(nudgeOf('message me if i havent said anything by 3')?.atClock, '15:00');
  assert.equal(nudgeOf('if i havent done it by 10 send me a message')?.atClock, '10:00');
  assert.ok(nudgeOf('when i get home message me'));
  // someone else's messages, and a message declined, are no ask
  assert.equal(nudgeOf('nobody ever messages me'), undefined);
  assert.equal(nudgeOf("please don't message me tonight"), undefined);
});

/**
 * "can you make it smaller?" before any step was said gets a first tiny step, never "even smaller" of
 * a step they never saw (the README chat, rounds 17–18); after a step of ours it shrinks that step.
 * Lines written for these tests, in other voices than the README's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { createCoachSession } from '../coach/coach-session.ts';
import { checkInvariants } from '../session/invariants.ts';
import { ALL_AT_ONCE } from '../steps/one-part.ts';

const START = Date.UTC(2026, 11, 8, 10);
const NEVER_SEEN = /\beven smaller\b|\ba smaller step\b|\bsmaller version\b/i;

async function session(seed: number) {
  const coach = createCoachSession({ clock: new VirtualClock(START), seed, timeZone: 'UTC' });
  await coach.open();
  return coach;
}

function textOf(turn: { messages: { text: string }[] }): string {
  return turn.messages.map((message) => message.text).join(' ');
}

test('"make it smaller" with no step yet offers a first tiny one, not a smaller one of nothing', async () => {
  const chats = [
    ["I need to apply for jobs but I just can't face it", 'the silence is worse than a no tbh'],
    ['gotta do my tax return and i keep putting it off', 'its the whole thing honestly'],
    ['i have to clean out the garage this weekend', 'it is so full i cant see the floor'],
  ];
  for (const [first, second] of chats)
    for (const seed of [1, 2, 3, 4, 5]) {
      const coach = await session(seed);
      await coach.receive(first);
      await coach.receive(second);
      const turn = await coach.receive('that feels like too much, can you make it smaller?');
      const shrink = turn.moves.find((move) => move.type === 'shrink-step');
      assert.ok(shrink?.type === 'shrink-step', `${turn.moves.map((move) => move.type)}`);
      assert.equal(shrink.from.text, ALL_AT_ONCE.text);
      assert.doesNotMatch(textOf(turn), NEVER_SEEN, textOf(turn));
      assert.deepEqual(checkInvariants(coach.events()), []);
    }
});

test('"smaller" after a step of ours still shrinks that step', async () => {
  for (const seed of [1, 2, 3]) {
    const coach = await session(seed);
    await coach.receive('i have to write the intro of my essay');
    const given = await coach.receive('just tell me exactly what to do');
    assert.ok(given.moves.some((move) => move.type === 'answer-concrete' || move.type === 'propose-step'));
    const turn = await coach.receive('thats too much, smaller pls');
    const shrink = turn.moves.find((move) => move.type === 'shrink-step');
    assert.ok(shrink?.type === 'shrink-step', `${turn.moves.map((move) => move.type)}`);
    assert.notEqual(shrink.from.text, ALL_AT_ONCE.text);
    assert.ok(shrink.to.size < shrink.from.size);
    assert.deepEqual(checkInvariants(coach.events()), []);
  }
});

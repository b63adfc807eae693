/**
 * "yes please" to a question of ours that offered nothing (the README chat: an either/or about the
 * search) takes the offer a yes would take, the task's first step; an answer to the either/or stays
 * an answer; after a risk check-in the check-in answer wins and no step comes. Lines written for
 * these tests, in other voices than the README's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { createCoachSession } from '../coach/coach-session.ts';
import { checkInvariants } from '../session/invariants.ts';
import { understand } from '../understanding/index.ts';

const START = Date.UTC(2026, 11, 8, 10);
const STEP_MOVES = new Set(['propose-step', 'shrink-step', 'answer-concrete']);

async function session(seed: number) {
  const coach = createCoachSession({ clock: new VirtualClock(START), seed, timeZone: 'UTC' });
  await coach.open();
  return coach;
}

const kinds = (text: string) => understand(text).map((item) => item.kind);

test('a whole-turn eager yes reads as help wanted; a plain yes or an answer with it does not', () => {
  for (const text of ['yes please', 'yeah go ahead', 'Yes pls!', 'ok please do', 'yes please x'])
    assert.ok(kinds(text).includes('help-wanted'), text);
  for (const text of ['yes', 'ok', 'sure', 'yes please, the waiting', 'the applying please', 'yeah'])
    assert.ok(!kinds(text).includes('help-wanted'), text);
});

test('"yes please" after a question that offered nothing gets the first step, and smaller shrinks it', async () => {
  const chats = [
    ['i have to write the cover letter for the bakery job', 'the last one took me all week'],
    ['need to sort my tax return before the deadline', 'its been sitting there for weeks'],
  ];
  for (const [first, second] of chats)
    for (const seed of [1, 2, 3]) {
      const coach = await session(seed);
      await coach.receive(first);
      await coach.receive(second);
      const taken = await coach.receive('yes please');
      const step = taken.moves.find((move) => move.type === 'propose-step');
      assert.ok(step, `${taken.moves.map((move) => move.type)}`);
      const smaller = await coach.receive('that feels like too much, can you make it smaller?');
      const shrink = smaller.moves.find((move) => move.type === 'shrink-step');
      assert.ok(shrink?.type === 'shrink-step' && step?.type === 'propose-step');
      assert.equal(shrink.from.text, step.step.text);
      assert.deepEqual(checkInvariants(coach.events()), []);
    }
});

test('an answer to our either/or is heard, not taken as a yes to a step', async () => {
  for (const seed of [1, 2, 3]) {
    const coach = await session(seed);
    await coach.receive('i need to apply for jobs but i just cant face it');
    const turn = await coach.receive('the applying i think');
    assert.ok(
      !turn.moves.some((move) => STEP_MOVES.has(move.type)),
      `${turn.moves.map((move) => move.type)}`,
    );
  }
});

test('"yes please" after a risk check-in gets the safety reply, never a step', async () => {
  for (const seed of [1, 2, 3]) {
    const coach = await session(seed);
    await coach.receive('i have to finish my thesis');
    const asked = await coach.receive('sometimes i wish i could just not wake up');
    assert.ok(asked.moves.some((move) => move.type === 'crisis'));
    const turn = await coach.receive('yes please');
    assert.ok(
      !turn.moves.some((move) => STEP_MOVES.has(move.type)),
      `${turn.moves.map((move) => move.type)}`,
    );
    assert.match(turn.moves[0]?.type ?? '', /crisis/);
  }
});

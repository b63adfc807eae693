/**
 * A no for now ("not today", "too much … today") is heard and respected: no step pushed after it;
 * "thats too much" of a step just given gets the smaller one offered as a question, not pushed; an ask
 * for the exact words gets the words. Excerpts written for these tests (not from any rated set).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';

const STEP_MOVES = new Set(['propose-step', 'shrink-step', 'answer-concrete', 'ask-permission']);

async function lastReply(turns: Turn[], seed: number) {
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply;
}

test('"too much … today" gets no step: the no is respected and the task left to keep', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const reply = await lastReply(
      [
        { role: 'client', text: 'i have to do the housing benefit paperwork' },
        { role: 'therapist', text: 'How are you doing with the paperwork?' },
        { role: 'client', text: 'this is too much honestly i dont have the head for it today' },
      ],
      seed,
    );
    const kinds = reply.moves.map((move) => move.type);
    assert.ok(!kinds.some((kind) => STEP_MOVES.has(kind)), `${kinds.join()}: ${reply.text}`);
    assert.equal(kinds[0], 'own-miss', reply.text);
    assert.doesNotMatch(reply.text, /fill in|smaller/i, reply.text);
  }
});

test('"not today. i cant" with no suggestion on the table is respected, not asked for a rating', async () => {
  for (const seed of [1, 2]) {
    const reply = await lastReply(
      [
        { role: 'therapist', text: 'How is the visa form going?' },
        { role: 'client', text: 'not today. i cant' },
      ],
      seed,
    );
    const kinds = reply.moves.map((move) => move.type);
    assert.ok(!kinds.some((kind) => STEP_MOVES.has(kind) || kind === 'ask-rating'), reply.text);
  }
});

test('a nudge asked beside "not today" is still set, with no step pushed', async () => {
  const reply = await lastReply(
    [
      { role: 'client', text: 'i need to call the bank about the overdraft' },
      { role: 'therapist', text: 'Could you open the banking app for a minute?' },
      { role: 'client', text: "honestly not today. i'm wiped. remind me tomorrow at 10" },
    ],
    1,
  );
  const kinds = reply.moves.map((move) => move.type);
  assert.ok(kinds.includes('schedule-nudge'), kinds.join());
  assert.ok(!kinds.includes('propose-step') && !kinds.includes('shrink-step'), kinds.join());
});

test('"thats too much" of the step just given: the smaller step is offered as a question', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const reply = await lastReply(
      [
        { role: 'client', text: 'i have to fill in the council tax form' },
        {
          role: 'therapist',
          text: 'Next tiny step: go through the form once and mark the questions you are unsure about.',
        },
        { role: 'client', text: 'thats too much' },
      ],
      seed,
    );
    const shrink = reply.moves.find((move) => move.type === 'shrink-step');
    assert.ok(shrink?.type === 'shrink-step' && shrink.offered, JSON.stringify(reply.moves));
    assert.match(reply.text, /\?$/, reply.text);
    assert.doesNotMatch(reply.text, /\bjust\b.*\bjust\b/i, reply.text);
  }
});

test('"can u just write what i say. exact words" gets the words to say, no step and no made-up cue', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await lastReply(
      [
        { role: 'client', text: 'i need to phone the doctor and i dont know how to say it' },
        { role: 'therapist', text: 'Would you be willing to tell them you are nervous?' },
        { role: 'client', text: 'can u just write what i say. exact words' },
      ],
      seed,
    );
    const kinds = reply.moves.map((move) => move.type);
    const concrete = reply.moves.find((move) => move.type === 'answer-concrete');
    assert.ok(
      concrete?.type === 'answer-concrete' && concrete.script === 'said',
      JSON.stringify(reply.moves),
    );
    assert.ok(!kinds.includes('deliver-cue'), kinds.join());
    assert.match(reply.text, /"[^"]{20,}"/, reply.text);
  }
});

/**
 * A stock question ending left unasked when the say-back can stand (src/policy/stock-ending.ts), through
 * the real understanding, policy and template realizer: a hard or heavy thing they just told, said back
 * in enough words, is a complete reply; a fragment, or a turn that told nothing hard, keeps a question.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToLines as replyTo, STOCK_PROBE } from '../coach/testing/reply-to-lines.ts';
import type { Move } from '../spec/move.ts';
import { askedInTheirWords, isStockEnding } from './stock-ending.ts';

const asks = (moves: readonly Move[] | undefined) =>
  (moves ?? []).some((move) => move.type === 'open-question' || move.type === 'ask-permission');

test('a question that names nothing of theirs is stock; one with their words is not', () => {
  assert.equal(isStockEnding({ type: 'open-question', about: 'hardest-part' }), true);
  assert.equal(isStockEnding({ type: 'open-question', about: 'more' }), true);
  assert.equal(isStockEnding({ type: 'open-question', about: 'thing', thing: 'the rent' }), false);
  assert.equal(
    isStockEnding({ type: 'open-question', about: 'doing', clause: { text: 'i skip lunch', span: [0, 12] } }),
    false,
  );
});

test('a hard thing told at length, said back plainly, keeps its question: a say-back alone is a bare echo', async () => {
  const chats = [
    [
      'cash is a real problem',
      'How are you managing?',
      "we've got forty pounds until the 28th and the boiler is making noises",
    ],
    [
      'money is really tight',
      'What does that look like this week?',
      'i have twelve quid left until payday and the car needs a new tyre',
    ],
  ];
  // (rounds 11–18 left these as the say-back alone; round 19's lead feedback: "flat echo", "parrot", rated
  // 1–2 on the first fresh set; only a reflection that carries meaning may stand alone)
  for (const chat of chats)
    for (const seed of [1, 2, 3]) {
      const reply = await replyTo(chat, seed);
      assert.ok(asks(reply.moves), reply.text);
    }
});

test('a short fragment said back still gets a question after it', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(['i used to fish', 'What was that like?', 'im 79 now'], seed);
    assert.match(reply.text, /\?/, reply.text);
  }
});

test('a short plain line is asked about in their words, not said back with a stock question after it', async () => {
  // (round 16 lead classes: "You're saying she never accepted Maja. What's the hardest part of that for you?"
  // read as a parrot and a form; a question about the exact thing said scored 3–4)
  const chat = ['so theres this thing', 'What has been going on?', 'everyone acts like nothing happened'];
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(chat, seed);
    assert.doesNotMatch(reply.text, STOCK_PROBE, reply.text);
    assert.match(reply.text, /that everyone acts like nothing happened\?$/, reply.text);
  }
});

test('a vague or subjectless line is not asked about as "that …"', () => {
  const state = { lastClientWords: 4 } as Parameters<typeof askedInTheirWords>[0];
  const ending: Move = { type: 'open-question', about: 'hardest-part' };
  const back = (text: string): Move[] => [
    { type: 'reflect-clause', clause: { text, span: [0, text.length] }, depth: 'simple' },
  ];
  assert.equal(askedInTheirWords(state, back('it feels like it'), ending), undefined);
  assert.equal(askedInTheirWords(state, back("it's not that deep"), ending), undefined);
  assert.equal(askedInTheirWords(state, back('taking the kids to school myself'), ending), undefined);
  assert.ok(askedInTheirWords(state, back('she never accepted Maja'), ending));
  // a question that names their words already is left as it is
  assert.equal(
    askedInTheirWords(state, back('she never accepted Maja'), {
      type: 'open-question',
      about: 'thing',
      thing: 'Maja',
    }),
    undefined,
  );
});

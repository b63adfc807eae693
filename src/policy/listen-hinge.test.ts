/**
 * What the turn turns on taken up (src/policy/listen-hinge.ts), through the real understanding and
 * the template realizer: the hinge said back in its meaning, in their words with person changed, and
 * one question about it, in place of a stock probe or a question about a noun of the turn.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { createCoachSession } from '../coach/coach-session.ts';
import { replyToLines as replyTo, STOCK_PROBE as STOCK } from '../coach/testing/reply-to-lines.ts';
import type { Move } from '../spec/move.ts';

const hingeQuestion = (moves: readonly Move[] | undefined) =>
  (moves ?? []).find(
    (move): move is Extract<Move, { type: 'open-question' }> =>
      move.type === 'open-question' && move.about === 'hinge',
  );

test('the feared outcome is said back with person changed, and asked about', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'i need to ask my manager for a day off',
        'What stops you?',
        'i reckon she will think im not committed',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.match(reply.text, /she will think you're not committed/, reply.text);
    assert.equal(hingeQuestion(reply.moves)?.hinge, 'feared-outcome', reply.text);
  }
});

test('the weighing side of a contrast is taken up, not the side they already settled', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'thinking of messaging my old friend',
        'What would you want to say?',
        'i know i should just say hi. but then she gets to decide if i matter',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.match(reply.text, /she gets to decide if you matter/, reply.text);
  }
});

test('a question hidden in a statement is heard as a question', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        'been doing the evening course for a year',
        'How is it going?',
        'honestly no idea if its even worth it',
      ],
      seed,
    );
    assert.match(reply.text, /whether it's even worth it/, reply.text);
    assert.doesNotMatch(reply.text, STOCK, reply.text);
  }
});

test('a line in broken grammar is not said back inside the frame', async () => {
  const reply = await replyTo(
    [
      'my neighbour is very loud at night',
      'Have you said anything to her?',
      'yes i know i should but she bring us soup every sunday',
    ],
    1,
  );
  assert.doesNotMatch(reply.text, /she bring/i, reply.text);
});

test('the same hinge is not taken up two turns running', async () => {
  const clock = new VirtualClock(0);
  const session = createCoachSession({ clock, seed: 1, sessionId: 'listen-hinge-test' });
  const asked: (string | undefined)[] = [];
  const said: string[] = [];
  for (const [index, line] of [
    'i want to ask my tutor for more time on the essay',
    'what if she says it should have been done by now',
    'yeah she will say it should have been done by now',
  ].entries()) {
    clock.advanceTo((index + 1) * 30_000);
    const turn = await session.receive(line);
    const question = hingeQuestion(turn.moves);
    asked.push(question?.hinge);
    said.push(turn.messages.map((message) => message.text).join(' '));
  }
  assert.equal(asked[1], 'feared-outcome', said.join(' | '));
  assert.notEqual(asked[2], 'feared-outcome', said.join(' | '));
});

test('a hinge is not said back in chat spelling, nor a second time after a two-sided say-back', async () => {
  const { checkReply } = await import('../text/language-check.ts');
  // (lines of the seen sets whose replies the merged round-14 lanes said wrongly: "hes", "bc", the
  // contrast's side said twice)
  const lines = [
    'shes been planning it for ages and i already said yes. but my parents said no bc of exams',
    'I want to ask my boss for more salary since 6 months but I always postpone the meeting',
    'weird. i thought id cry but i went to target and bought a throw pillow. like a really ugly one. mustard yellow',
    'my brother keeps asking for money and i give it, but you can tell hes had enough of me',
  ];
  for (const line of lines) {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const reply = await replyTo([line], seed);
      assert.deepEqual(checkReply(reply.text), [], reply.text);
    }
  }
});

/**
 * Any question the person ends on, in a shape no named reader knows, gets an honest answer and is
 * turned back to them in the same reply (round 17: raters on fresh sets marked new shapes met with a
 * stock probe as questions ignored). Through the real understanding and the template realizer;
 * excerpts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToPersonLines } from '../coach/testing/reply-to-lines.ts';

const replyTo = replyToPersonLines;

const CASES: [string[], RegExp][] = [
  [
    ['the boat came in light this week', 'how am i supposed to feed six men on that'],
    /feed six men on that|real question|neat answer|tidy answer|easy answer/,
  ],
  [['i got laid off from the print works', "i'm 61 with a bad hip. who would hire me"], /nobody|no one/],
  [['my manager is off sick and so is his boss', 'who do i talk to'], /\bwho\b/],
  [['my brother moved out last month', 'is it bad that i feel relieved?'], /\bbad\b/],
  [['the landlord came round about the damp', 'will he keep the deposit?'], /can't|can know/],
];

test('an open question is answered honestly and turned back, never met with a stock probe', async () => {
  for (const [lines, answer] of CASES)
    for (const seed of [1, 2, 3]) {
      const reply = await replyTo(lines, seed);
      assert.match(reply.text, answer, `${lines.at(-1)} → ${reply.text}`);
      assert.ok(reply.moves.includes('take-up-question'), `${lines.at(-1)} → ${reply.moves.join(',')}`);
      assert.doesNotMatch(reply.text, /tell me more about that|hardest part of that for you/i, reply.text);
    }
});

test('a disclosure beside an open question still comes first', async () => {
  const reply = await replyTo(
    ['i have pills saved up and i am going to take them tonight. who would even care'],
    1,
  );
  assert.equal(reply.moves[0], 'crisis', reply.text);
  const other = await replyTo(['i want to kill myself. how am i supposed to keep going'], 1);
  assert.equal(other.moves[0], 'crisis', other.text);
});

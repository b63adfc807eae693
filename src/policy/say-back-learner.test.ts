/**
 * A learner's turn through the whole coach (src/text/learner-grammar.ts as the say-back gate and the
 * realizer's mends): never pasted, said back mended where the mends are sure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToLines } from '../coach/testing/reply-to-lines.ts';
import { checkReply } from '../text/language-check.ts';
import { learnerGrammar } from '../text/learner-grammar.ts';

test('a learner turn is never pasted: an article dropped keeps it from being quoted', async () => {
  for (const seed of [1, 2, 3, 4]) {
    for (const lines of [
      ['i have meeting with manager on tuesday'],
      ['money is hard', 'What is going on?', 'i got letter from bank and they want me call them tomorrow'],
      [
        'i feel alone here',
        'What is it like?',
        'i eat dinner on laptop every night watching shows from home',
      ],
    ]) {
      const reply = await replyToLines(lines, seed);
      assert.equal(learnerGrammar(reply.text), undefined, reply.text);
      assert.deepEqual(checkReply(reply.text), [], reply.text);
    }
  }
});

test('a learner turn with only sure mends is said back mended', async () => {
  const said = [];
  for (const seed of [1, 2, 3, 4]) {
    const reply = await replyToLines(
      ['my kids are fine', 'And you?', 'i been not sleeping since they was born, always tired'],
      seed,
    );
    assert.doesNotMatch(reply.text, /\byou been\b|\bthey was\b/, reply.text);
    said.push(reply.text);
  }
  assert.ok(
    said.some((text) => /you've been not sleeping since they were born/.test(text)),
    said.join('\n'),
  );
});

/**
 * Round 18: the frames other moves set their words in are checked whole at the point they are chosen
 * (text/reads-whole.ts): the hinge's "got to the point where" and the "nobody …" of a who-would question.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToPersonLines as replyTo } from '../coach/testing/reply-to-lines.ts';
import { checkReply } from '../text/language-check.ts';

test('a fear read from a relative clause is never said back with a bare verb', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      ['the depot is cutting hours again', 'there are loads of lads who want my route'],
      seed,
    );
    assert.doesNotMatch(reply.text, /nobody want\b/i, reply.text);
    assert.deepEqual(checkReply(reply.text), [], reply.text);
  }
});

test('a hinge with no subject is never set in the "got to the point where" frame', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      ['work has been mental all month', 'honestly i can barely reply to my sister now'],
      seed,
    );
    assert.doesNotMatch(reply.text, /where reply\b/i, reply.text);
    assert.deepEqual(checkReply(reply.text), [], reply.text);
  }
});

test('a disclosure beside the same shapes still comes first', async () => {
  const reply = await replyTo(['there are loads of people who want my job and i want to kill myself'], 1);
  assert.equal(reply.moves[0], 'crisis', reply.text);
});

test('not knowing what to say to someone is heard as the words not coming; a disclosure beside it comes first', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      ['the cat got run over on friday', 'i dont know what to say to my little brother'],
      seed,
    );
    assert.match(reply.text, /words for your little brother/, reply.text);
    assert.deepEqual(checkReply(reply.text), [], reply.text);
  }
  const disclosed = await replyTo(['i dont know what to say to my son. i just want to die'], 1);
  assert.equal(disclosed.moves[0], 'crisis', disclosed.text);
  const unsure = await replyTo(["i don't know if i want to be here anymore"], 1);
  assert.equal(unsure.moves[0], 'crisis', unsure.text);
});

/**
 * Round 19 (listen2): push-back and a topic stop in chat and learner forms, through the real coach. The
 * reply owns the miss and follows them, never a stock probe; a topic stop is no goodbye and no bare
 * "That makes sense."; a disclosure said beside the push-back is answered first. Lines written for these
 * tests (the kinds come from the seen sets, not the sentences).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToLines, STOCK_PROBE } from './testing/reply-to-lines.ts';

const ADVICE = 'You could write down three things to say to your manager before Monday.';
const OWNS_MISS = /scrap that|wasn't helpful|fair enough|you're right|my mistake|sorry/i;

test('push-back in chat form after advice gets the own-miss reply, not a stock probe', async () => {
  for (const line of [
    'easy for u to say',
    'aye easy said',
    'catch yourself on',
    'ya great plan, ill just march in',
  ]) {
    const reply = await replyToLines(['my manager keeps moving my shifts', ADVICE, line], 16);
    assert.doesNotMatch(reply.text, STOCK_PROBE, line);
    assert.match(reply.text, OWNS_MISS, `${line} → ${reply.text}`);
  }
});

test('a disclosure beside a chat push-back still flags first', async () => {
  const reply = await replyToLines(
    ['my manager keeps moving my shifts', ADVICE, 'be serious. i want to end it all'],
    16,
  );
  assert.equal(reply.moves[0]?.type, 'crisis', reply.text);
});

test('"can we stop talking abt this" is the leave-topic reply: no goodbye, not a bare "That makes sense."', async () => {
  for (const line of ['can we stop talking abt this', 'can we stop talking bout this']) {
    const reply = await replyToLines(
      ['my dad is in hospital again', 'That sounds like a lot to carry.', line],
      16,
    );
    assert.match(reply.text, /leave that/i, reply.text);
    assert.doesNotMatch(reply.text, /take care|bye|goodnight|^That makes sense\.$/i, reply.text);
  }
  const risk = await replyToLines(
    ['my dad is in hospital again', 'That sounds like a lot.', 'i want to die. can we stop talking abt this'],
    16,
  );
  assert.equal(risk.moves[0]?.type, 'crisis', risk.text);
});

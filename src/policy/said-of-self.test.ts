/**
 * A clause with its dropped "I" put back, or its reason word taken off (read by
 * understanding/statement-said-of-self.ts, used by src/policy/said-of-self.ts), through the real
 * understanding, policy and realizer: such a line is said back, not met with a stock question alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToLines as replyTo } from '../coach/testing/reply-to-lines.ts';

test('through the coach: a line with its "I" dropped is said back, not met by a stock question alone', async () => {
  const chat = [
    'i lost my job in march',
    'That sounds hard. How have things been since?',
    'honestly been looking at jobs at the garden centre',
  ];
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(chat, seed);
    assert.match(reply.text, /you've been looking at jobs at the garden centre/i, reply.text);
  }
});

/**
 * Bad news told as it lands (a death, a diagnosis) is met with an acknowledgement and a gentle
 * question, never said back as a fact ("So your dad passed in march.") nor met by a stock probe.
 * Through the real understanding and the template realizer (src/policy/listen.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';

async function replyTo(lines: readonly string[], seed: number) {
  const turns = lines.map((text, index) => ({
    role: (lines.length - index) % 2 === 1 ? ('client' as const) : ('therapist' as const),
    text,
  }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply;
}

const STOCK =
  /hardest part of that for you|Can you tell me more about that|What feels hardest about it right now/i;

test('a death told by its date gets sorrow and a gentle question, not the death said back', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const reply = await replyTo(
      [
        'hey',
        'Hi, how are things?',
        'been a rough few months',
        "I'm sorry. What's been happening?",
        'not great. my dad passed in march',
      ],
      seed,
    );
    assert.match(reply.text, /sorry/i, reply.text);
    assert.doesNotMatch(reply.text, /passed|a lot to be dealing with|^(?:Okay|Right|Mm),/i, reply.text);
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.match(reply.text, /\?$/, reply.text);
  }
});

test('a diagnosis just given is acknowledged and asked about, not echoed ("It sounds like they said its diabetes")', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      ['hi', 'Hi. How did the appointment go?', 'they said its diabetes. type 2'],
      seed,
    );
    assert.doesNotMatch(reply.text, /said its|diabetes/i, reply.text);
    assert.doesNotMatch(reply.text, STOCK, reply.text);
    assert.match(reply.text, /\?$/, reply.text);
  }
});

/**
 * "that didn't help": owned in a line, then something concrete and different, never a question
 * handed back ("What kind of help would make a difference here?").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';

const HANDED_BACK =
  /what (?:kind of help|would (?:actually )?help|would be more useful|would you want from me|would feel useful)/i;

async function lastReply(turns: Turn[], seed: number) {
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply;
}

test('a miss owned on a named task is followed by a smaller step on it, not a question back', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const reply = await lastReply(
      [
        { role: 'client', text: 'I need to write the email to my landlord about the boiler' },
        { role: 'therapist', text: "It sounds like that's been hanging over you." },
        { role: 'client', text: 'ok but that doesnt really help me send it' },
      ],
      seed,
    );
    const kinds = reply.moves.map((move) => move.type);
    assert.deepEqual(kinds.slice(0, 2), ['own-miss', 'ask-permission'], reply.text);
    assert.match(reply.text, /email/, reply.text);
    assert.doesNotMatch(reply.text, HANDED_BACK, reply.text);
  }
});

test('with nothing concrete to offer, the miss is owned without handing the work back', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const reply = await lastReply(
      [
        { role: 'client', text: 'my best friend stopped talking to me' },
        { role: 'therapist', text: "It's normal for friendships to change." },
        { role: 'client', text: 'yeah thanks thats really comforting' },
      ],
      seed,
    );
    assert.equal(reply.moves[0]?.type, 'own-miss', reply.text);
    assert.doesNotMatch(reply.text, HANDED_BACK, reply.text);
  }
});

/**
 * Round 10 (issue 17): "why would that help" to another helper's common idea (write down what's on
 * your mind, get up when you can't sleep) is answered with that idea's reason in plain words, not a
 * stock "it isn't for everyone" nor jargon. Excerpts written for these tests (not from any rated set).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Turn } from '../spec/transcript.ts';
import { readTherapistTurn } from './read-therapist-turn.ts';
import { replyToTranscript } from './replay.ts';

async function replyTo(lines: [role: Turn['role'], text: string][], seed: number): Promise<string> {
  const turns = lines.map(([role, text]) => ({ role, text }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply.text;
}

test('a helper turn offering a common idea is read with its kind', () => {
  assert.equal(readTherapistTurn('Have you tried keeping a diary of it?').suggestion?.idea, 'unload');
  assert.equal(
    readTherapistTurn("Maybe try getting up when you can't sleep after half an hour?").suggestion?.idea,
    'out-of-bed',
  );
  assert.equal(readTherapistTurn('Would a different gym work?').suggestion?.idea, 'elsewhere');
  assert.equal(readTherapistTurn('Have you tried a tutor?').suggestion?.idea, undefined);
  assert.equal(
    readTherapistTurn("It might help to jot down exactly what you're scared she'll say.").suggestion?.idea,
    'write-fear',
  );
  assert.equal(
    readTherapistTurn('You could just send a short message saying sorry for the delay.').suggestion?.idea,
    'short-reply',
  );
});

test('"why would that help" to a short late reply gets that reply\'s reason, not "it isn\'t for everyone"', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        ['client', 'my cousin texted me a month ago about her divorce and i never answered'],
        ['therapist', 'You could just send a quick message owning the delay, nothing long.'],
        ['client', 'how would that help. shes probably given up on me'],
      ],
      seed,
    );
    assert.match(reply, /^Fair (question|point)/, reply);
    assert.match(reply, /silence|thinking about them/i, reply);
    assert.doesNotMatch(reply, /isn't for everyone/i, reply);
  }
});

test('"why would that help" to writing it down gets the reason for writing it down', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        ['client', 'my head wont shut off at night, its the flat stuff going round'],
        ['therapist', 'Have you tried keeping a diary of it before bed?'],
        ['client', 'why would that help tho'],
      ],
      seed,
    );
    assert.match(reply, /^Fair (question|point)\. /, reply);
    assert.match(reply, /paper|head/i, reply);
    assert.doesNotMatch(reply, /isn't for everyone|doesn't suit everyone\.|worry can come along/i, reply);
  }
});

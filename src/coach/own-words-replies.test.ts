/**
 * Reply-level checks of round 4's listening (issue 17): questions about the person's own words
 * rather than stock ones, no task named that this turn did not bring, and "can we stop" ends the
 * chat without homework. Read by the real understanding, phrased by the template realizer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Turn } from '../spec/transcript.ts';
import { replyToTranscript } from './replay.ts';

async function replyTo(lines: [role: Turn['role'], text: string][], seed = 5): Promise<string> {
  const turns = lines.map(([role, text]) => ({ role, text }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply.text;
}

test('a habit just told is asked about in their words, not said back first', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'started a new job last month and i hate how i come across'],
        ['therapist', 'What happens after work?'],
        ['client', 'i go home and replay everything i said'],
      ],
      seed,
    );
    assert.match(text, /when you go home and replay everything you said\?/, text);
    assert.equal(text.match(/replay everything/g)?.length, 1, text);
  }
});

test('a fear of what will happen is asked about, not offered a step', async () => {
  const text = await replyTo([
    ['client', 'my nan asked me to paint her dog for her birthday'],
    ['therapist', 'What makes it hard to start?'],
    ['client', "what if it doesnt look like him. she loved that dog. i'll ruin it"],
  ]);
  // named in their words and asked about, not doubted ("What makes you think…" read as sceptical to
  // a rater); round 14: the feared outcome itself is named (listen-hinge.ts), where before the
  // clause was asked about as "the thought that you'll ruin it"
  assert.match(text, /it doesn't look like him|you'll ruin it/, text);
  assert.doesNotMatch(text, /what makes (?:you think|that feel)/i, text);
  assert.doesNotMatch(text, /small(?:est)? (?:first )?step/i, text);
});

test('no task is named that the turn did not bring as something to do', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const text = await replyTo(
      [
        ['client', 'my ex posted again'],
        ['therapist', 'How are you doing with that?'],
        ['client', 'i keep checking his story every 10 min i know i shouldnt'],
      ],
      seed,
    );
    assert.doesNotMatch(text, /working on (?:his|the) story|studying for|starting on/i, text);
  }
});

test('"can we stop for now" closes with no step and no rating nobody asked for', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'my flatmate keeps leaving dishes and i cant say anything'],
        ['therapist', 'What stops you saying something?'],
        ['client', 'honestly im getting worked up just typing this. can we stop for now'],
      ],
      seed,
    );
    assert.doesNotMatch(text, /0 to 10|out of 10|I'll (?:nudge|check in|remind)|next step|Try this/i, text);
    assert.match(text, /stop|call it a day|leave it|wrap up|end/i, text);
  }
});

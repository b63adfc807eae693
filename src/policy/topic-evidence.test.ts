/**
 * Steps and topic questions name only what the person said (session rule 7, round 17 steps lane):
 * a sign-off that mentions work gets no question about work; a money reading from one word gets no step
 * about a bill; one exam named is not asked about as "which exam"; a parent named is no "home".
 * Through the real understanding and the template realizer.
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

test('a sign-off that names work is not asked about as trouble at work', async () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const reply = await replyTo(
      ['How was today?', 'long day honestly', 'What made it long?', 'anyway i gotta be at work at 4am so'],
      seed,
    );
    assert.doesNotMatch(reply.text, /\bwork\b/i, reply.text);
    assert.ok(
      !reply.moves.some((move) => move.type === 'open-question' && move.topic === 'work-stress'),
      reply.text,
    );
  }
});

test('a loan owed by a friend gets no step about a bill or its date', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const reply = await replyTo(
      [
        "What's been on your mind?",
        'my friend borrowed 300 quid off me in may and never paid the loan back',
        'That sounds frustrating.',
        'i need to sort it but i cant. what do i do',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, /\bbills?\b|\bdate\b|\bdebt\b/i, reply.text);
  }
});

test('one exam named is not asked about as "which exam"', async () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const reply = await replyTo(
      [
        'How are you doing?',
        'my resit exam is on friday',
        'How are you feeling about it?',
        'close is still fail',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, /which exam|which topic/i, reply.text);
  }
});

test('trouble read from a parent is asked about the people they named, never about "home"', async () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const reply = await replyTo(
      [
        'How are you doing?',
        'not great. my mum keeps going on about my grades',
        'That sounds like a lot of pressure.',
        'my cousin failed twice and everyone in town knows about it',
      ],
      seed,
    );
    assert.doesNotMatch(reply.text, /\bat home\b/i, reply.text);
  }
});

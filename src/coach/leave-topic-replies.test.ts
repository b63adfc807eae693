import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from './replay.ts';

const turns = (...texts: string[]) =>
  texts.map((text, index) => ({
    role: index % 2 === 0 ? ('client' as const) : ('therapist' as const),
    text,
    at: 1_000 + index * 30_000,
  }));

// The v22 end rater (round 12) rated 1: "can we talk about something else. I don't want to think about it
// now" got "Fair enough: you don't want to think about it now, so that wouldn't really work. What worries you
// most about what comes next with it?" — the suggestion's turning-down won over the ask to leave the subject.
for (const [label, last] of [
  ['with a turning-down after it', "can we talk about something else. I don't want to think about it now"],
  ['alone', 'can we change the subject'],
  ['in chat spelling', 'can u not go into that right now'],
] as const)
  test(`an ask to leave the subject is honoured first, ${label}`, async () => {
    const [reply] = await replyToTranscript(
      turns(
        'the tax form is due and i keep not opening it',
        'Could you open it and read just the first page, nothing else?',
        last,
      ),
      { which: 'last', seed: 3 },
    );
    assert.ok(
      reply.moves.some((move) => move.type === 'own-miss' && move.missed === 'leave-topic'),
      `moves ${reply.moves.map((move) => move.type)}: ${reply.text}`,
    );
    assert.doesNotMatch(reply.text, /\?$/, reply.text);
    assert.doesNotMatch(reply.text, /form|first page/i, reply.text);
  });

/**
 * Reply-level checks of turns where no task is known yet (issue 17, round 6): a reminder asked for
 * is kept without a made-up step beside it, and a step the other supporter gave that the person
 * said failed is not handed back to them as "exactly what to do".
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

test('a reminder asked with no task known is kept, with no stock step beside it', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const text = await replyTo(
      [
        ['client', 'i just feel sick when i do them cos i keep failing'],
        ['client', 'can u remind me at 7 tonight to do one? i always forget'],
      ],
      seed,
    );
    assert.match(text, /7pm/, text);
    assert.doesNotMatch(text, /quietly|the one thing you keep putting off/i, text);
  }
});

test('a step the person said they tried is not given back as what to do', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'idk. i open linkedin and close it'],
        [
          'therapist',
          'Sometimes it helps to set a small goal, like one application a day, and reward yourself after.',
        ],
        ['client', 'tried that'],
        ['client', 'just tell me what to do honestly im so tired of thinking about it'],
      ],
      seed,
    );
    assert.doesNotMatch(text, /set a small goal|one application a day/i, text);
  }
});

test('"just tell me what to do" with no task never gets the canned "say to yourself, quietly"', async () => {
  const text = await replyTo([
    ['client', 'she wont sleep unless shes on me'],
    ['client', 'i havent showered in 3 days'],
    ['therapist', 'It can help to have a routine, some people swear by the eat-play-sleep method.'],
    ['client', 'just tell me what to do'],
  ]);
  assert.doesNotMatch(text, /quietly/i, text);
});

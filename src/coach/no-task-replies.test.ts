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

test('"just tell me what to do" about a new baby or caring gets a step for that situation, not water', async () => {
  const baby = await replyTo([
    ['therapist', 'how are you doing with the baby?'],
    ['client', 'she wont sleep unless shes on me'],
    ['client', 'i havent showered in 3 days'],
    ['client', 'just tell me what to do'],
  ]);
  assert.match(baby, /baby/, baby);
  assert.doesNotMatch(baby, /glass of water|timer/i, baby);
  const caring = await replyTo([
    ['client', "i'm looking after my mum on my own and my brother does nothing"],
    ['client', 'please just tell me what to do i cant think anymore'],
  ]);
  assert.match(caring, /family member|carers/, caring);
  assert.doesNotMatch(caring, /glass of water/i, caring);
});

test("a smaller step uses the noun they just said, not the other helper's", async () => {
  const text = await replyTo([
    ['therapist', 'List every card, set up a budget spreadsheet and book a session this week.'],
    ['client', 'dude thats too much. i literally havent opened the statements'],
  ]);
  assert.match(text, /statements/, text);
  assert.doesNotMatch(text, /budget/, text);
});

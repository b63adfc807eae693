/**
 * Reply-level checks from the third conversation pass (issue 17, round 7): kinds a fresh rater
 * marked 1 or 2 on the seen set conversations-v7, each checked over several seeds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Turn } from '../spec/transcript.ts';
import { replyToTranscript } from './replay.ts';

async function replyTo(lines: [role: Turn['role'], text: string][], seed: number): Promise<string> {
  const turns = lines.map(([role, text]) => ({ role, text }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply.text;
}

test('a turn left hanging on "but" is asked after its "but"', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'we broke up last month'],
        ['therapist', 'That sounds like a lot. How have you been?'],
        ['client', 'my friends keep saying im better off and i know that but'],
      ],
      seed,
    );
    assert.match(text, /"but"/, text);
  }
});

test('grief with "a practical person" gets no list of steps', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'my father died three weeks ago'],
        ['therapist', "I'm so sorry. It's very early days."],
        [
          'client',
          'I just did not expect to be so unable to hold it together. I am usually quite a practical person.',
        ],
      ],
      seed,
    );
    assert.doesNotMatch(text, /what to do|timer|scrap of paper/i, text);
  }
});

test('"I feel rather foolish" is not agreed with', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo([['client', 'I feel rather foolish, a grown man afraid of envelopes.']], seed);
    assert.doesNotMatch(text, /you feel rather foolish/i, text);
  }
});

test('"just tell me what to do" about a lump not booked gives the words for the call', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'i found a lump like 3 weeks ago and i still havent booked anything'],
        ['therapist', 'What do you think is stopping the call?'],
        ['client', 'honestly just tell me what to do'],
      ],
      seed,
    );
    assert.match(text, /surgery/, text);
    assert.doesNotMatch(text, /scrap of paper|timer/, text);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';
import { turnFormOf } from '../understanding/turn-form.ts';

async function replyTo(lines: [role: Turn['role'], text: string][], seed: number): Promise<string> {
  const [reply] = await replyToTranscript(
    lines.map(([role, text]) => ({ role, text })),
    { which: 'last', seed },
  );
  return reply.text;
}

test('a bare answer is read with its way; a longer line is not bare', () => {
  const answerOf = (text: string) => turnFormOf(text)[0]?.answer;
  assert.equal(answerOf('nah'), 'no');
  assert.equal(answerOf('not really.'), 'no');
  assert.equal(answerOf('ye'), 'yes');
  assert.equal(answerOf('kinda'), 'partly');
  assert.equal(answerOf('idk'), 'unsure');
  assert.equal(answerOf('nah they never ring'), undefined);
});

test('"Do you think they forgot?" + "nah" is heard as "you don\'t think they forgot", not a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'nobody at work said anything on my birthday'],
        ['therapist', 'That sounds lonely. Do you think they forgot?'],
        ['client', 'nah'],
      ],
      seed,
    );
    assert.match(text, /\byou don't think they forgot\b/i, text);
  }
});

test('"Is it the cost?" + "ye" is heard as "it\'s the cost"', async () => {
  const text = await replyTo(
    [
      ['client', 'i keep not booking the dentist'],
      ['therapist', 'Is it the cost?'],
      ['client', 'ye'],
    ],
    2,
  );
  assert.match(text, /\bit's the cost\b/i, text);
});

test('a bare answer after a question that is not yes/no is not turned', async () => {
  const text = await replyTo(
    [
      ['client', 'i keep not booking the dentist'],
      ['therapist', 'What gets in the way?'],
      ['client', 'idk'],
    ],
    2,
  );
  assert.doesNotMatch(text, /not sure whether/i, text);
});

/**
 * Reply-level checks that nothing is said twice in one turn (check:replies found these on the
 * merged round-3 code): a cue that is the step is not followed by the same step, a rating of 8 is
 * "an 8", and a summary does not open two clauses with the same words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeUnits } from '../realizer/phrases-listen.ts';
import type { Turn } from '../spec/transcript.ts';
import { replyToTranscript } from './replay.ts';

async function replyTo(lines: [role: Turn['role'], text: string][], seed: number): Promise<string> {
  const [reply] = await replyToTranscript(
    lines.map(([role, text]) => ({ role, text })),
    { which: 'last', seed },
  );
  return reply.text;
}

test('a cue asked for now, with no words of their own, is the step: it is not proposed again', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'I keep putting off calling the dentist'],
        ['client', 'say it to me now so i start'],
      ],
      seed,
    );
    const mentions = text.toLowerCase().match(/find the number for the dentist/g) ?? [];
    assert.equal(mentions.length, 1, text);
  }
});

test('a rating of 8 is "an 8 out of 10"', async () => {
  const text = await replyTo(
    [
      ['client', 'I keep putting off my essay'],
      ['client', 'i would say an 8 out of 10'],
    ],
    1,
  );
  assert.match(text, /\bAn 8 out of 10\b/, text);
  assert.doesNotMatch(text, /\bA 8\b/, text);
});

test('a summary keeps one of two clauses that open with the same words, and no dangling "that,"', () => {
  const clause = (text: string) => ({ text, span: [0, text.length] as [number, number] });
  const [unit] = summarizeUnits({
    type: 'summarize',
    clauses: [
      clause('I just want to get through it'),
      clause("I'm scared I'll blank in the exam"),
      clause('that, I just want to check the group chat'),
    ],
  });
  for (const candidate of unit.candidates) {
    assert.equal(candidate.match(/you just want to/g)?.length, 1, candidate);
    assert.doesNotMatch(candidate, /\bthat, you\b/, candidate);
  }
});

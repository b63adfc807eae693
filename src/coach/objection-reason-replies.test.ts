/**
 * Round 8 (issue 17): a push-back that gives its reason (no time, no energy, "i know what im good
 * at") gets that reason owned and a question inside it, not "would you give it a go anyway?" nor a
 * step that ignores it. Excerpts written for these tests (not from any rated set).
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

test('"why would that help, i have no time" owns the time and asks what would fit', async () => {
  for (const seed of [1, 2, 3]) {
    const reply = await replyTo(
      [
        ['client', 'the invoices have been sitting there for weeks'],
        ['therapist', 'Maybe try a daily journal about how the work is going?'],
        ['client', 'why would that help. i do 12 hour shifts, i dont have time to eat'],
      ],
      seed,
    );
    assert.doesNotMatch(reply, /give it a go|worth a try|anyway/i, reply);
    assert.match(reply, /day|time|two minutes|week/i, reply);
  }
});

test('"i know what im good at" is owned and asked about, not argued with', async () => {
  const reply = await replyTo([
    ['client', 'cant face the job sites anymore'],
    ['therapist', 'Have you thought about a careers test online to see what suits you?'],
    ['client', 'why would that help lol. i know what im good at'],
  ]);
  assert.doesNotMatch(reply, /give it a go|worth a try|anyway/i, reply);
  assert.match(reply, /good at|best at/i, reply);
});

test('"thats too much, im on jobs 7 till 6" owns the hours before the smaller step', async () => {
  const reply = await replyTo([
    ['client', 'tax return due friday and i havent touched it'],
    ['therapist', 'Could you block out an hour every evening this week for it?'],
    ['client', "mate thats too much. i'm on jobs 7 till 6"],
  ]);
  assert.match(reply, /hours|days that full|your day/i, reply);
  assert.match(reply, /tax return/, reply);
});

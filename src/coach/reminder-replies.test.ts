/**
 * Round 7 (issue 17), defects the lead read: a reminder asked for is answered with the reminder,
 * not with a 0–10 question after it, nor with a ladder step named for the first time inside it;
 * its nudge does not tell them to "look at the dentist".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Turn } from '../spec/transcript.ts';
import { replyToTranscript } from './replay.ts';

async function replyTo(lines: [role: Turn['role'], text: string][]) {
  const turns = lines.map(([role, text]) => ({ role, text }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed: 3 });
  return reply;
}

test('a first-turn reminder gets no 0–10 question, and its nudge no "look at the dentist"', async () => {
  const reply = await replyTo([['client', 'can you remind me tomorrow to call the dentist']]);
  assert.match(reply.text, /tomorrow/);
  assert.doesNotMatch(reply.text, /0|10|scale/);
  assert.equal(reply.nudges.length, 1);
  assert.doesNotMatch(reply.nudges[0].text, /look at the dentist/i);
});

test('a reminder for what they planned names no new ladder step', async () => {
  const reply = await replyTo([
    ['therapist', "So what's the smallest bit of the lit review you could do?"],
    ['client', 'maybe just list the 5 papers i actually need'],
    ['therapist', 'That sounds really doable. When could you do it?'],
    ['client', 'can u message me at 7 and check i actually did it'],
  ]);
  assert.equal(reply.nudges.length, 1);
  assert.doesNotMatch(reply.text, /first three words|same words/);
});

test('a pause with its nudge promises once, not twice', async () => {
  const reply = await replyTo([
    ['client', 'i have to write my essay intro'],
    ['therapist', 'What makes it hard?'],
    ['client', 'give me a minute'],
  ]);
  assert.equal(reply.nudges.length, 1);
  assert.equal((reply.text.match(/\bI'll\b|\bI've set\b|\breminder is set\b/g) ?? []).length, 1, reply.text);
});

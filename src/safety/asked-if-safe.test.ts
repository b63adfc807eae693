/**
 * "Are you safe right now?" answered "no" is danger, not the all-clear a "no" to "are you having thoughts of ending
 * your life?" is. Through the real understanding, fold and realizer (replayed transcripts written for this test).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';
import { asksIfSafe, saysNotSafe } from './asked-if-safe.ts';

async function replyTo(turns: Turn[]): Promise<string> {
  const [reply] = await replyToTranscript(turns, { which: 'last', seed: 3 });
  return reply.text;
}

const disclosure = (text: string): Turn => ({ role: 'client', text });
const asked = (text: string): Turn => ({ role: 'therapist', text });

test('the question is read by its last question', () => {
  assert.equal(asksIfSafe(['That sounds really heavy.', 'Are you safe right now?']), true);
  assert.equal(asksIfSafe(['Are u ok?']), true);
  assert.equal(asksIfSafe(['Do you feel safe at home?']), true);
  assert.equal(asksIfSafe(['Are you safe?', 'Are you having thoughts of ending your life?']), false);
  assert.equal(asksIfSafe(['Are you thinking about killing yourself?']), false);
});

test('a no, said plainly or in chat, and a no that goes on to say they are safe', () => {
  for (const text of [
    'no',
    'nah',
    'Not really.',
    'no im not',
    "i'm not",
    'not rn',
    'no im not thinking of that',
  ])
    assert.equal(saysNotSafe(text), true, text);
  for (const text of ['no im safe', "no, i'm fine now", 'yes', 'im ok'])
    assert.equal(saysNotSafe(text), false, text);
});

test('"are you safe right now?" then "no" gets the crisis reply, never thanks for being safe', async () => {
  for (const answer of ['no', 'nah', 'not really']) {
    const text = await replyTo([
      disclosure('sometimes i think everyone would be better off without me'),
      asked('That sounds really heavy. Are you safe right now?'),
      disclosure(answer),
    ]);
    assert.doesNotMatch(text, /you're safe/i, answer);
    assert.match(text, /emergency|helpline|findahelpline/i, answer);
  }
});

test('abuse: "are you safe where you are?" then "nah" keeps the crisis path', async () => {
  const text = await replyTo([
    disclosure('my boyfriend pushed me into the wall last night'),
    asked('Are you safe where you are right now?'),
    disclosure('nah'),
  ]);
  assert.doesNotMatch(text, /you're safe/i);
  assert.match(text, /emergency|findahelpline/i);
});

test('the all-clear still comes from "no" to thoughts of ending one\'s life, and from "no im safe"', async () => {
  const plain = await replyTo([
    disclosure('sometimes i think everyone would be better off without me'),
    asked('Are you having thoughts of ending your life?'),
    disclosure('no'),
  ]);
  assert.match(plain, /you're safe/i);
  const safe = await replyTo([
    disclosure('sometimes i think everyone would be better off without me'),
    asked('Are you safe right now?'),
    disclosure('no im safe, just tired'),
  ]);
  assert.match(safe, /you're safe/i);
});

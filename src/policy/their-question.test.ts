/**
 * A direct question the person asks is taken up (issue 17, the rater's "cool so how do i stop" →
 * a stock question), and a reply they say missed is owned, through the real understanding and
 * the template realizer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';

const STOCK =
  /What's that been like for you|How has that been for you|Can you tell me more about that|What else is going on around that|What has been going on with that lately/i;

async function replyTo(lines: [Turn['role'], string][], seed: number): Promise<string> {
  const turns = lines.map(([role, text]) => ({ role, text }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply.text;
}

test('a direct question gets an answer or a question that takes it up, never a stock probe', async () => {
  for (const seed of [1, 2, 3, 4]) {
    const stop = await replyTo(
      [
        ['client', 'i keep checking his instagram'],
        ['therapist', 'What happens when you check it?'],
        ['client', 'i tried. unblocked after a day lol. how do i stop'],
      ],
      seed,
    );
    assert.doesNotMatch(stop, STOCK, stop);
    assert.match(stop, /\bstop\b/i, stop);
    const normal = await replyTo(
      [
        ['client', 'work has been rough lately'],
        ['therapist', 'What has been rough about it?'],
        ['client', 'I freeze every time my boss emails. Is that normal?'],
      ],
      seed,
    );
    assert.match(
      normal,
      /common|lots of people|many people|a lot of people|plenty of people|only one/i,
      normal,
    );
    const fair = await replyTo(
      [
        ['client', 'I said no to my manager for once'],
        ['therapist', 'How did that feel?'],
        ['client', 'Yesterday I covered for a colleague again. Am I being unreasonable?'],
      ],
      seed,
    );
    assert.match(fair, /(don't think you're|like you're|says you're|think you're) being unreasonable/i, fair);
  }
});

test('push-back on the last reply is owned, not met with a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'I have to email my landlord about the damp'],
        ['therapist', 'That sounds like a lot to carry.'],
        ['client', 'ok but that doesnt really help me send the email lol'],
      ],
      seed,
    );
    assert.doesNotMatch(text, STOCK, text);
    assert.match(text, /fair|you're right|wasn't much (use|help)|sorry/i, text);
  }
});

test('an apology is answered, not met with a stock probe', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'my sister said I was controlling on the phone'],
        ['therapist', 'What did you make of that?'],
        ['client', "Sorry. That was rude. I'm just so tired."],
      ],
      seed,
    );
    assert.match(text, /rude/, text);
    assert.doesNotMatch(text, /^So you're just so tired/, text);
  }
});

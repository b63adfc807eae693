/**
 * A direct question the person asks is taken up (issue 17, the rater's "cool so how do i stop" →
 * a stock question), and a reply they say missed is owned, through the real understanding and
 * the template realizer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { replyToTranscript } from '../coach/replay.ts';
import type { Turn } from '../spec/transcript.ts';
import { pushBackOf } from './their-question.ts';

const STOCK =
  /What's that been like for you|How has that been for you|Can you tell me more about that|What else is going on around that|What has been going on with that lately/i;

async function replyTo(lines: [Turn['role'], string][], seed: number): Promise<string> {
  const turns = lines.map(([role, text]) => ({ role, text }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply.text;
}

test('a reply they say missed is read as push-back', () => {
  assert.equal(pushBackOf('ok but that doesnt really help me send the email lol'), 'unhelpful');
  assert.equal(pushBackOf('u dont know that tho'), 'presumed');
  assert.equal(pushBackOf('idk what that even is tbh'), 'unclear');
  assert.equal(pushBackOf('yeah thats what everyone says'), 'unhelpful');
  assert.equal(pushBackOf('it helps a bit'), undefined);
  // sarcasm and "easy to say" are push-back too
  assert.equal(pushBackOf('wow a schedule. groundbreaking. never thought of that'), 'unhelpful');
  assert.equal(pushBackOf('That is easy to say at 30.'), 'unhelpful');
  assert.equal(
    pushBackOf('So everybody keeps telling me. It does not help as much as they think.'),
    'unhelpful',
  );
  assert.equal(pushBackOf('it is easy to forget the time'), undefined);
});

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

test('a line they have had before is owned lightly, not said back ("ive read that linkedin post too")', () => {
  assert.equal(pushBackOf('yeah yeah ive read that linkedin post too'), 'heard-before');
  assert.equal(pushBackOf('yeah my teacher said that. it doesnt make me feel better'), 'heard-before');
  assert.equal(pushBackOf('i read a book about it last year'), undefined);
});

test('"I did not expect to hear it from you as well" says our last reply missed', () => {
  assert.equal(pushBackOf('I did not expect to hear it from you as well.'), 'unhelpful');
});

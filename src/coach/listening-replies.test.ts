/**
 * Reply-level checks of listening (issue 17, round 3): the coach's reply to the last turn of a
 * short chat, read by the real understanding and phrased by the template realizer, as
 * `tinystep reply` gives it. Each test names a fault a rater found and checks the reply for it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeUnits } from '../realizer/phrases-affirm-summarize.ts';
import type { Turn } from '../spec/transcript.ts';
import { replyToTranscript } from './replay.ts';

async function replyTo(lines: [role: Turn['role'], text: string][], seed = 5): Promise<string> {
  const turns = lines.map(([role, text]) => ({ role, text }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply.text;
}

test('an attempt that did not work is not praised as a step done', async () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const text = await replyTo(
      [
        ['client', 'I keep putting off my tax return'],
        ['therapist', 'What if you opened the tax website and looked at the first page?'],
        ['client', "yeah I've tried all that. it doesn't work for me"],
      ],
      seed,
    );
    assert.doesNotMatch(
      text,
      /you did it|well done|step taken|real step|that one is done|did the step/i,
      text,
    );
  }
});

test('a struggle told beside an attempt is heard, not celebrated', async () => {
  const text = await replyTo([
    ['client', 'I have to write to my landlord about the damp'],
    ['therapist', 'Could you write a first draft of it?'],
    ['client', "I've written it three times. I just can't bring myself to send it"],
  ]);
  assert.doesNotMatch(text, /you did it|well done|step taken|real step|that one is done|did the step/i, text);
});

test('"what if I …, and I\'m …" is a fear, not a step to propose back', async () => {
  const text = await replyTo([
    ['client', 'there is an interview next week'],
    ['client', "what if I go and I'm terrible at it"],
  ]);
  assert.doesNotMatch(text, /go and you're terrible|go and I'm terrible/i, text);
});

test('a question or a cut-off fragment of theirs is never said back as a statement', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'my car failed its test and I have no money for it'],
        ['client', 'how do I even tell my partner. because the savings and the trip'],
      ],
      seed,
    );
    assert.doesNotMatch(text, /you even tell your partner\.|so because|because the savings and/i, text);
  }
});

test('while they are still pouring out how they feel, no step is offered', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['client', 'I have an essay due and I have not started it'],
        ['client', 'every time I open it I feel sick and stupid'],
        ['client', 'I feel so anxious about it all the time and I hate it'],
      ],
      seed,
    );
    assert.doesNotMatch(text, /small (?:first |next )?step|one small thing|tiny thing/i, text);
  }
});

test('a check-in after another therapist spoke is a first one, never "still" or "again"', async () => {
  const text = await replyTo([
    ['client', 'work has been awful and I am so tired'],
    ['therapist', 'That sounds exhausting. What has been hardest?'],
    ['client', 'honestly sometimes I think everyone would be better off without me'],
    ['therapist', 'I hear how heavy that is. Can you tell me more?'],
    ['client', 'I just keep thinking it'],
  ]);
  // the direct question, not only a line whose name holds "Suicide"
  assert.match(text, /are you (?:thinking about|having thoughts of) (?:killing|ending|hurting)/i, text);
  assert.doesNotMatch(text, /\bstill right here|\bagain\b|once more/i, text);
});

test('a crisis turn for a locale without a country says the local emergency number works too', async () => {
  const turns = [{ role: 'client' as const, text: 'I want to kill myself tonight' }];
  const [plain] = await replyToTranscript(turns, { which: 'last', seed: 2, locale: 'en' });
  assert.match(plain.text, /local emergency number/i, plain.text);
  const [british] = await replyToTranscript(turns, { which: 'last', seed: 2, locale: 'en-GB' });
  assert.doesNotMatch(british.text, /another country/i, british.text);
});

test('after a possible-risk check-in, a reply that only asks for something gets it, the line left open', async () => {
  for (const seed of [1, 2, 3]) {
    const replies = await replyToTranscript(
      [
        { role: 'client', text: 'sometimes I wonder if everyone would be better off without me' },
        { role: 'client', text: 'can you just give me a small step for my essay' },
        { role: 'client', text: 'ok and what after that' },
      ],
      { which: 'all', seed, locale: 'en-US' },
    );
    const [checkIn, answer, next] = replies.map((reply) => reply.text);
    assert.match(checkIn, /killing yourself|suicide/i, checkIn);
    assert.doesNotMatch(
      answer,
      /killing yourself|are you safe|thank you for telling me you're safe/i,
      answer,
    );
    assert.match(answer, /988/, answer);
    assert.ok(
      replies[1].moves.some((move) => move.type === 'propose-step' || move.type === 'answer-concrete'),
      answer,
    );
    // stepped back: the next turn is an ordinary one
    assert.doesNotMatch(next, /killing yourself|988/i, next);
  }
});

// nothing said twice in one turn (check:replies found these on the merged round-3 code)
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

test('a verdict on themselves ("im useless") is heard as harshness, never said back as fact', async () => {
  for (const line of ['im useless', 'i ruin everything', 'im so stupid']) {
    for (const seed of [1, 2, 3]) {
      const text = await replyTo(
        [
          ['therapist', 'How did it go at the house?'],
          ['client', line],
        ],
        seed,
      );
      assert.doesNotMatch(text, /you'?re (?:feeling )?(?:useless|stupid)|you ruin everything/i, text);
      assert.match(text, /hard on yourself/i, text);
    }
  }
});

test('after a loss told, no step is offered, even on "idk what to do"', async () => {
  for (const seed of [1, 2, 3]) {
    const text = await replyTo(
      [
        ['therapist', 'How have you been?'],
        ['client', 'i lost the baby in march. miscarriage'],
        ['therapist', "That's a huge loss."],
        ['client', 'yeah. i just sit in the car outside work every morning'],
        ['therapist', 'What happens then?'],
        ['client', 'i just cant go in. idk what to do'],
      ],
      seed,
    );
    assert.doesNotMatch(text, /small thing|first step|tiny/i, text);
  }
});

test('a call is not asked about when the phone was named only to be set aside', async () => {
  const text = await replyTo([
    ['therapist', 'Have you tried putting your phone away an hour before bed?'],
    ['client', 'its not the phone my brain just dont switch off, i lie there in the dark with no phone'],
  ]);
  assert.doesNotMatch(text, /when they answer|on the call|about (?:your brain|the dark)/i, text);
});

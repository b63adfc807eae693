/**
 * Reply-level checks of a first check-in (issue 17, round 4): it asks about the person's own words,
 * and gives the lines of the country their words place them in when the session has none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Turn } from '../spec/transcript.ts';
import { replyToTranscript } from './replay.ts';

async function replyTo(lines: [role: Turn['role'], text: string][], locale?: string): Promise<string> {
  const turns = lines.map(([role, text]) => ({ role, text }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed: 5, locale });
  return reply.text;
}

test('a first check-in asks about the words the worry was heard in', async () => {
  const text = await replyTo([
    ['client', 'lost my job in march and the bills keep coming'],
    ['client', 'my wife is carrying everything. i feel like a burden to all of them'],
  ]);
  assert.match(text, /When you say you feel like a burden/, text);
  assert.match(text, /\?/, text);
});

test('British words give the UK lines to a session opened with no country', async () => {
  const text = await replyTo([
    ['client', 'my mum died six weeks ago and the GP just gave me leaflets'],
    ['client', 'i go to bed every night hoping i dont wake up'],
  ]);
  assert.match(text, /116 123/, text);
  assert.doesNotMatch(text, /\b988\b|\b911\b/, text);
});

test('a session with its country keeps it, whatever words the person uses', async () => {
  const text = await replyTo(
    [
      ['client', 'my mum died six weeks ago'],
      ['client', 'i go to bed every night hoping i dont wake up'],
    ],
    'en-US',
  );
  assert.match(text, /\b988\b/, text);
});

test('with no country known, no US line leads: the local emergency number and a directory, in one sentence', async () => {
  const text = await replyTo([
    ['client', 'my mom died six weeks ago'],
    ['client', 'i go to bed every night hoping i dont wake up'],
  ]);
  assert.doesNotMatch(text, /\b988\b|\b911\b/, text);
  assert.match(
    text,
    /local emergency number, or find a free line where you are at findahelpline\.com\./,
    text,
  );
});

test('a country named or its everyday words give its lines, or the local number where none are listed', async () => {
  const farmer = await replyTo([
    ['client', 'dry as anything out here in queensland. some days i dont want to wake up'],
  ]);
  assert.match(farmer, /13 11 14/, farmer);
  const kenya = await replyTo([['client', 'the matatu fare went up again. i want to end my life']]);
  assert.doesNotMatch(kenya, /\b988\b|\b911\b/, kenya);
  assert.match(kenya, /local emergency number/, kenya);
});

// round 14 (risk2): the replayed supporter's own check-in question ("are you having thoughts of ending your life?")
// was recorded with no moves and so read as passing the worry over, which leaves no line; it is now heard as asked
test('an ordinary turn after a possible-risk check-in gets an ordinary reply with the line left open', async () => {
  for (const seed of [1, 2, 3]) {
    const turns = [
      ['client', 'I have the pension form here on the table. It has been there three weeks.'],
      ['client', 'My son offered but he is busy with his own family. I do not wish to be a burden on him.'],
      [
        'therapist',
        'When you say you do not wish to be a burden on him, are you having thoughts of ending your life?',
      ],
      ['client', 'Also my wife always did the paperwork.'],
    ] as [Turn['role'], string][];
    const [reply] = await replyToTranscript(
      turns.map(([role, text]) => ({ role, text })),
      { which: 'last', seed },
    );
    assert.doesNotMatch(
      reply.text,
      /killing yourself|ending your life|still right here|Okay, let's do that/i,
      reply.text,
    );
    // the door stays open: one line with a way to reach a person, after the ordinary reply
    assert.match(reply.text, /local emergency number/, reply.text);
    assert.ok(!/^If /.test(reply.text), reply.text);
  }
});

test('an ordinary turn after an unanswered worry, with no check-in asked, is not met with the full script', async () => {
  const text = await replyTo([
    ['client', 'every time i hear my voice back i wanna delete my whole existence lmao'],
    ['client', 'like it sounds NOTHING like in my head'],
    ['therapist', 'Everyone hates their own voice at first, you get used to it.'],
    ['client', 'ya ppl keep saying that but its been like 2 years'],
  ]);
  assert.doesNotMatch(text, /killing yourself|ending your life|Thank you for telling me/i, text);
});

test('risk said again after the check-in still gets the check-in', async () => {
  const text = await replyTo([
    ['client', 'My son is busy. I do not wish to be a burden on him.'],
    [
      'therapist',
      'When you say you do not wish to be a burden, are you having thoughts of ending your life?',
    ],
    ['client', 'sometimes i wish i could just go to sleep and not wake up'],
  ]);
  assert.match(text, /local emergency number/, text);
  assert.match(text, /\?/, text);
});

test('a plain statement of wanting to die is not asked back as a question about itself', async () => {
  for (const said of [
    'i want to end my life',
    'honestly i just want to kill myself',
    'i keep wanting to hurt myself',
  ]) {
    const text = await replyTo([['client', said]]);
    assert.doesNotMatch(text, /When you say/, text);
    // still a direct question about now, and a line
    assert.match(text, /are you safe|do you have a plan|have you hurt yourself|are you thinking/i, text);
    assert.match(text, /\?/, text);
  }
});

test('after a "no" to the check-in, a further possible cue of that kind gets an ordinary reply with the line open', async () => {
  const opening: [Turn['role'], string][] = [
    ['client', 'my daughter keeps driving over to help. i feel like such a burden on her.'],
    ['client', 'no, not at all, nothing like that'],
  ];
  const again = await replyTo([
    ...opening,
    ['client', 'i am just a burden on all of them, the bills keep piling up'],
  ]);
  assert.doesNotMatch(again, /are you having thoughts|Thank you for telling me\./, again);
  assert.match(again, /local emergency number|findahelpline/, again);
  // said plainly, with the means at hand, the check-in comes back whatever was answered before
  const clear = await replyTo([
    ...opening,
    ['client', 'i have the pills here and i am going to take them all tonight'],
  ]);
  assert.match(clear, /are you having thoughts|are you safe|emergency/i, clear);
  assert.doesNotMatch(clear, /^So /, clear);
});

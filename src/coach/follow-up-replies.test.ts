/**
 * Reply-level checks of a listening turn's shape (issue 17, round 6): a rater scored a clause said
 * back alone ("So the mould is on your clothes now.") as a parrot, 1.5 of 5 over every earlier run,
 * and the same reflection with a word on its weight and a question after it 2.0. A reflection is
 * followed by something that moves the talk on.
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

const chats: [role: Turn['role'], text: string][][] = [
  [
    ['client', 'the landlord still has not fixed the damp'],
    ['therapist', 'That sounds miserable. What has he said?'],
    ['client', 'but the mould is on my clothes now. in the wardrobe'],
  ],
  [
    ['client', 'my mum has dementia and the care home wants an answer'],
    ['therapist', 'That is a lot to decide.'],
    ['client', 'my husband is getting impatient'],
  ],
  [
    ['client', 'my grandad died in march'],
    ['therapist', 'I am so sorry.'],
    ['client', 'i dont want my kids to see me like her'],
  ],
  [
    ['client', 'we moved here in august for my job'],
    ['client', "and she's close with this new girl now"],
  ],
];

test('a clause said back is never the whole reply', async () => {
  for (const chat of chats)
    for (const seed of [1, 2, 3]) {
      const text = await replyTo(chat, seed);
      assert.match(text, /\?/, text);
    }
});

test('an effort affirmed is not said back again in the same reply', async () => {
  const text = await replyTo([
    ['client', 'I need a new job, the contract ends in June'],
    ['therapist', 'That is a worry to carry. How has the search been?'],
    [
      'client',
      "I applied to one job on Monday and then felt sick all day. I keep thinking I won't find anything as good",
    ],
  ]);
  const said = text.match(/applied to one job/gi) ?? [];
  assert.ok(said.length <= 1, text);
});

test('an offer of a step names the step when there is one to name', async () => {
  const texts: string[] = [];
  for (const seed of [1, 2, 3]) {
    const [reply] = await replyToTranscript(
      [
        { role: 'therapist', text: "how's the week been?" },
        { role: 'client', text: 'bad. tax return still not done' },
        { role: 'client', text: 'deadline is the 31st and i havent even logged in' },
        { role: 'therapist', text: "What's been getting in the way of logging in?" },
        { role: 'client', text: 'honestly scared ill see i owe loads. last year was a mess with receipts' },
        { role: 'therapist', text: 'It could help to gather all your receipts into one box tonight.' },
        {
          role: 'client',
          text: 'the receipts are in like 4 different bags lol. and the kids are off school so when would i even',
        },
      ],
      { which: 'last', seed },
    );
    texts.push(reply.text);
  }
  for (const text of texts)
    assert.doesNotMatch(
      text,
      /suggest (?:a|one) (?:very )?small|one small thing to try|tiny first step help/i,
      text,
    );
});

/**
 * The listening turn's plan (src/policy/listen.ts) in live sessions: read by the real
 * understanding, phrased by the template realizer, as a person would see it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { createCoachSession } from '../coach/coach-session.ts';
import { replyToTranscript } from '../coach/replay.ts';

/** The coach's replies to these lines, one turn each, half a minute apart. */
async function repliesTo(
  lines: readonly string[],
  seed: number,
): Promise<{ text: string; moves: string[] }[]> {
  const clock = new VirtualClock(0);
  const session = createCoachSession({ clock, seed, sessionId: 'listen-test' });
  const replies: { text: string; moves: string[] }[] = [];
  for (const [index, line] of lines.entries()) {
    clock.advanceTo((index + 1) * 30_000);
    const turn = await session.receive(line);
    replies.push({
      text: turn.messages.map((message) => message.text).join(' '),
      moves: turn.moves.map((move) => move.type),
    });
  }
  return replies;
}

// persona people-pleaser-report, seed 17005 (check:replies found an empty reply at its turn 18)
const PEOPLE_PLEASER = [
  'Hey. I said yes to writing the quarterly report on top of everything else.',
  "Yeah. My manager asked so nicely I couldn't say no. Now it's due Thursday and I haven't started.",
  'How do people say no without feeling awful?',
  "I stay late doing other people's stuff and then there's no time for mine",
  'I want to get the report done and feel ok about it.',
  "I don't want anyone to think I can't cope. I've got the data, it's literally just putting it into the template, I don't know why I'm stuck. I already told my manager it was 'nearly done' which was a lie.",
  "I'd like to learn to say no sometimes. Yesterday I spent two hours helping someone else fix their slides instead. Am I being unreasonable?",
  "Pretty much. I'd like to get past this. And I'm letting everyone down",
  'Yeah that. Sometimes I think I should be able to do this.',
];

test('a summary says back only what was not said back already, and no reply is empty', async () => {
  for (const seed of [17005, 1, 2, 3]) {
    const replies = await repliesTo(PEOPLE_PLEASER, seed);
    for (const [index, reply] of replies.entries())
      assert.ok(reply.text.trim().length > 0, `seed ${seed}, turn ${index}: empty reply (${reply.moves})`);
    // "you'd like to learn to say no sometimes" was said back the turn before: not summarised again
    const last = replies.at(-1)?.text ?? '';
    assert.doesNotMatch(last, /learn to say no sometimes/i, last);
  }
});

test('a run-on clause is not asked about or said back whole', async () => {
  for (const seed of [1, 2, 3]) {
    const turns = [
      { role: 'client' as const, text: 'I need to call in sick but I hate phoning' },
      { role: 'therapist' as const, text: 'What makes phoning hard?' },
      { role: 'client' as const, text: "i cant lie on the phone i go red and they'll know" },
    ];
    const [reply] = await replyToTranscript(turns, { which: 'last', seed });
    assert.doesNotMatch(reply.text, /phone you go red/i, reply.text);
  }
});

test('a long run-on turn is said back as its first clean clause, not recapped whole', async () => {
  const turns = [
    { role: 'client' as const, text: 'I moved to Germany for work and the visa stuff is a lot' },
    { role: 'therapist' as const, text: 'What part of it is the most stressful?' },
    {
      role: 'client' as const,
      text: 'I have to book appointment at the Auslanderbehorde and online there are no slots only, and my documents, I am not sure which ones itself they need.',
    },
  ];
  for (const seed of [1, 2, 3]) {
    const [reply] = await replyToTranscript(turns, { which: 'last', seed });
    assert.doesNotMatch(reply.text, /which ones itself/i, reply.text);
  }
});

test('a criticism they half accept is never said back as fact', async () => {
  for (const seed of [1, 2, 3]) {
    const turns = [
      { role: 'client' as const, text: 'My sisters visit on Friday and tell me I am not doing it right.' },
      { role: 'therapist' as const, text: 'That sounds so unfair.' },
      { role: 'client' as const, text: "Maybe they are right. I am a man, I don't know these things." },
    ];
    const [reply] = await replyToTranscript(turns, { which: 'last', seed });
    assert.doesNotMatch(reply.text, /you are a man, you don't know/i, reply.text);
  }
});

test('"maybe I am not cut out for this" is heard as a doubt, not agreed with', async () => {
  for (const seed of [1, 2, 3]) {
    const turns = [{ role: 'client' as const, text: "maybe i'm just not cut out for this" }];
    const [reply] = await replyToTranscript(turns, { which: 'last', seed });
    assert.doesNotMatch(
      reply.text,
      /^(?:So |It sounds like |You're saying )?(?:maybe )?you're just not cut out/i,
      reply.text,
    );
  }
});

test('a plain say-back is not left alone: it ends on a question (bare say-backs read as a flat echo)', async () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const turns = [
      { role: 'therapist' as const, text: 'How did the week go?' },
      { role: 'client' as const, text: 'i did and then i checked from my friends phone lol' },
    ];
    const [reply] = await replyToTranscript(turns, { which: 'last', seed });
    assert.match(reply.text, /\?$/, reply.text);
  }
});

test('what it was not is not said back in place of what it was', async () => {
  for (const seed of [1, 2, 3]) {
    const turns = [
      { role: 'therapist' as const, text: 'What was the worst of it?' },
      {
        role: 'client' as const,
        text: 'aye. it wasnt the fall. it was her crying after cos she couldnt get up herself',
      },
    ];
    const [reply] = await replyToTranscript(turns, { which: 'last', seed });
    assert.doesNotMatch(reply.text, /wasn't the fall/i, reply.text);
  }
});

test('a thanks is answered warmly, not probed; a dry one owns the miss', async () => {
  for (const seed of [1, 2, 3]) {
    const before = [
      { role: 'client' as const, text: 'I feel so alone since I moved here' },
      { role: 'therapist' as const, text: 'That sounds lonely. Have you tried joining a club?' },
    ];
    const [warm] = await replyToTranscript(
      [...before, { role: 'client' as const, text: 'thank you, that helps' }],
      {
        which: 'last',
        seed,
      },
    );
    assert.doesNotMatch(warm.text, /\?/, warm.text);
    const [dry] = await replyToTranscript(
      [...before, { role: 'client' as const, text: 'yeah thanks thats really comforting' }],
      { which: 'last', seed },
    );
    assert.doesNotMatch(dry.text, /welcome|glad|hardest part/i, dry.text);
  }
});

test('a subject they ask to leave is left, and a shrug or learner grammar is never said back', async () => {
  const [, left] = await repliesTo(
    ['they let me go on friday, no notice', 'can we not do the job thing right now'],
    3,
  );
  assert.doesNotMatch(left.text, /can you not do|job thing/i, left.text);
  assert.match(left.text, /leave that|to one side|leave that there/i, left.text);
  const [shrug] = await repliesTo(['whatever i dont care'], 3);
  assert.doesNotMatch(shrug.text, /you don'?t care/i, shrug.text);
  const [learner] = await repliesTo(['my wife she is more scared than me. i pretend ok for her'], 3);
  assert.doesNotMatch(learner.text, /wife she|pretend ok/i, learner.text);
});

test('two pulls at once are heard as both sides, in our words, with a question about the two', async () => {
  const [mixed] = await repliesTo(['which is what i wanted but also not'], 5);
  assert.doesNotMatch(mixed.text, /what you wanted but also not/i, mixed.text);
  assert.ok(
    mixed.moves.includes('reflect-clause') && mixed.moves.includes('open-question'),
    mixed.moves.join(),
  );
});

test('sure of themselves with something hard, undone by one thing: the bind is heard, not the boast', async () => {
  for (const seed of [1, 2, 3]) {
    const [reply] = await repliesTo(
      ['i can talk to a room of fifty kids but one phone call and i go to pieces'],
      seed,
    );
    assert.doesNotMatch(reply.text, /fifty kids|go to pieces|hardest part of that/i, reply.text);
    assert.ok(
      reply.moves.includes('reflect-clause') && reply.moves.includes('open-question'),
      reply.moves.join(),
    );
  }
});

test('a reason an idea just offered does not fit is said back as that reason, the idea conceded', async () => {
  const turns = [
    { role: 'client' as const, text: 'Since Joan died the house is very quiet.' },
    { role: 'therapist' as const, text: 'Have you thought about joining a group?' },
    { role: 'client' as const, text: 'I was never one for groups.' },
  ];
  const [reply] = await replyToTranscript(turns, { which: 'last', seed: 4 });
  assert.ok(
    reply.moves.some((move) => move.type === 'reflect-clause' && move.depth === 'misfit'),
    reply.text,
  );
  // a plain fact after an idea is no reason against it
  const [fact] = await replyToTranscript(
    [...turns.slice(0, 2), { role: 'client' as const, text: 'my husband is getting impatient' }],
    { which: 'last', seed: 4 },
  );
  assert.ok(!fact.moves.some((move) => move.type === 'reflect-clause' && move.depth === 'misfit'), fact.text);
});

test('a harsh word someone else said is heard as hurt from them, not as their verdict or ours', async () => {
  for (const [line, speaker] of [
    ['my dad told me im a waste of space', 'your dad'],
    ["my mum says i'm lazy", 'your mum'],
  ]) {
    const [reply] = await repliesTo([line], 17);
    assert.match(reply.text, new RegExp(`from ${speaker}`), reply.text);
    assert.doesNotMatch(reply.text, /hard on yourself|you're lazy|waste of space/i, reply.text);
  }
});

test('a line said back plainly keeps a question after it, even when they are talking freely', async () => {
  // (round 19, lead: a say-back alone read as a bare echo, 8 of 60 on the first fresh set; only a reflection
  // that carries meaning may stand alone, policy/carries-meaning.ts)
  const [reply] = await repliesTo(
    ['i stare at the blank page and feel like everything i write is stupid'],
    17,
  );
  assert.match(reply.text, /\?/, reply.text);
});

test('a clause with "i" and "us" is not said back with both as "you"', async () => {
  const [reply] = await repliesTo(['but i am never home because of money for us'], 17);
  assert.doesNotMatch(reply.text, /for you\b/, reply.text);
});

test('a clause inside a hedged sentence is heard as a doubt, not said back as fact', async () => {
  const [reply] = await repliesTo(['aye maybe. or maybe its nothing and ive upset her for nothing'], 17);
  assert.match(reply.text, /wonder|afraid|worry/i, reply.text);
  assert.doesNotMatch(reply.text, /^(?:It sounds like )?you've upset her/i, reply.text);
});

test("someone else's feeling is not said back as theirs", async () => {
  const [reply] = await repliesTo(
    ['and when he calls hes tired and i dont wanna whine so i just say everythings fine'],
    17,
  );
  assert.doesNotMatch(reply.text, /you(?:'re)? feeling tired|left you feeling tired/i, reply.text);
});

test('a second subject run on without a joining word is cut before it is said back', async () => {
  const [reply] = await repliesTo(["i dont want to talk about feelings im sick of it, i've had enough"], 17);
  assert.doesNotMatch(reply.text, /feelings you're sick/i, reply.text);
  const [kept] = await repliesTo(['my own mum thinks im exaggerating about all of it'], 17);
  assert.doesNotMatch(kept.text, /your own mum thinks\./i, kept.text);
});

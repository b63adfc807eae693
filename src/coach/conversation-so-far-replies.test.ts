/**
 * Round 7 (issue 17): the reply takes up the conversation so far. A suggestion the person just
 * turned down is dropped, not defended; the fear they said earlier is named back and asked about
 * instead of a stock probe; a clause in a pidgin is never echoed. Excerpts written for these tests
 * (not from any rated set).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import type { Turn } from '../spec/transcript.ts';
import { createCoachSession } from './coach-session.ts';
import { replyToTranscript } from './replay.ts';

async function replyTo(lines: [role: Turn['role'], text: string][], seed = 5): Promise<string> {
  const turns = lines.map(([role, text]) => ({ role, text }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply.text;
}

const STOCK =
  /tell me more about that|What has been going on with that lately|What has this been like for you/i;

test('a turned-down suggestion is dropped by name, and the earlier fear taken up', async () => {
  const reply = await replyTo([
    ['therapist', 'how did the week go with the council tax letter?'],
    ['client', 'didnt open it'],
    ['therapist', 'What happened when you thought about opening it?'],
    ['client', 'felt sick. what if ive been paying the wrong band for years'],
    ['therapist', 'Have you thought about getting a solicitor to look at it?'],
    ['client', 'cant afford one lol'],
  ]);
  assert.match(reply, /solicitor/);
  assert.match(reply, /you've been paying the wrong band for years/);
  assert.doesNotMatch(reply, STOCK);
  assert.doesNotMatch(reply, /wasn't much use|didn't really help/);
});

test('"not tonight" keeps the idea for another time', async () => {
  const reply = await replyTo([
    ['client', 'the bank statements are piling up'],
    ['therapist', 'Would it help to go through one together now?'],
    ['client', 'not tonight. im wiped'],
  ]);
  assert.match(reply, /not tonight|doesn't have to be now|not the time/i);
  assert.match(reply, /\?$/);
});

test('a stock probe gives way to the fear said earlier', async () => {
  const reply = await replyTo([
    ['client', 'i need to ring the surgery about my results'],
    ['therapist', 'What makes the call hard?'],
    ['client', 'what if they found something bad'],
    ['therapist', 'That sounds frightening. Have you got someone with you?'],
    ['client', 'ye'],
  ]);
  assert.match(reply, /they found something bad/);
  assert.doesNotMatch(reply, STOCK);
});

test('"I know that" followed by what they cannot face is no complaint to apologise for', async () => {
  const reply = await replyTo([
    ['client', 'my scan results come on friday'],
    ['therapist', 'Lots of scans come back clear.'],
    ['client', 'Yes, I know that. It is the waiting for the results that I cannot face.'],
  ]);
  assert.doesNotMatch(reply, /wasn't much use|missed the mark|didn't really help|wasn't helpful/);
});

test('a pidgin clause is not said back', async () => {
  const reply = await replyTo([
    ['client', 'my shop don close since march'],
    ['therapist', 'That is hard. How are you managing?'],
    ['client', 'i no fit show face for my street'],
  ]);
  assert.doesNotMatch(reply, /no fit/);
});

test('a bare "ye" gets what they said just before, not a stock probe', async () => {
  const reply = await replyTo([
    ['client', 'my dog died on sunday'],
    ['therapist', 'I am so sorry. How are you doing?'],
    ['client', 'not great. i keep listening for her at the door'],
    ['therapist', 'Try to be gentle with yourself tonight.'],
    ['client', 'ye'],
  ]);
  assert.match(reply, /listening for her at the door/);
  assert.doesNotMatch(reply, STOCK);
});

test('"easy to say" is owned as a miss, not met with a stock probe', async () => {
  const reply = await replyTo([
    ['client', 'my manager keeps piling work on me'],
    ['therapist', 'It might help to just say no sometimes.'],
    ['client', 'easy to say'],
  ]);
  assert.doesNotMatch(reply, STOCK);
  assert.match(reply, /^(?:Fair|You're right|Okay|Sorry)/);
});

test('"why would that help" to a suggestion just made is push-back, not a request for our rationale', async () => {
  const reply = await replyTo([
    ['client', 'i cant start revising'],
    ['therapist', 'What if you work in 25-minute blocks with short breaks?'],
    ['client', 'i did that before. why would that help'],
  ]);
  assert.doesNotMatch(reply, /helps because|This helps/i);
  assert.match(reply, /^(?:Fair|Okay)/);
});

test('"Is there an adult you could talk to?" answered "not rly" drops no idea', async () => {
  const reply = await replyTo([
    ['client', 'they say stuff to me every day at school'],
    ['therapist', 'Is there an adult you trust you could talk to?'],
    ['client', 'not rly'],
  ]);
  assert.doesNotMatch(reply, /drop that idea|scrap|forget that/i);
});

test('"thats too much" to a plan just suggested is owned before the smaller step', async () => {
  const reply = await replyTo([
    ['client', 'i need to apply for jobs'],
    ['therapist', 'Okay, how about this: update your CV tonight and send 3 applications by Friday?'],
    ['client', 'thats too much. i cant even open my cv'],
  ]);
  assert.match(reply, /too much|a lot to ask/i);
});

test('a second shrug does not get the same clause said back again', async () => {
  const coach = createCoachSession({ clock: new VirtualClock(0), seed: 61, sessionId: 'shrugs' });
  await coach.open();
  await coach.receive('boilers broken and i need to email my landlord');
  const first = (await coach.receive('maybe')).messages[0].text;
  const second = (await coach.receive('not really')).messages[0].text;
  const said = /you need to email your landlord/;
  assert.ok(!(said.test(first) && said.test(second)), `${first} / ${second}`);
});

test('a stock probe gives way to one question about the situation this turn speaks of', async () => {
  const reply = await replyTo([
    ['client', 'my boyfriend broke up with me over text on saturday'],
    ['therapist', "Oh no, I'm sorry. How are you doing?"],
    ['client', 'not great. i keep checking my phone'],
    ['therapist', 'That makes sense.'],
    ['client', 'but i still love him thats the thing'],
  ]);
  assert.doesNotMatch(reply, STOCK, reply);
  assert.match(reply, /since it ended|hit you most/, reply);
});

test('"why would that help" to another supporter\'s "one thing that can help is…" is owned and asked back, with no step', async () => {
  const reply = await replyTo([
    ['client', 'awake at 3am again doing sums in my head, the bills, the lot'],
    ['therapist', 'One thing that can help is getting up after 20 minutes and reading in another room.'],
    ['client', "why would that help. i'd just be awake in a different room"],
  ]);
  assert.doesNotMatch(reply, /helps because|This helps|why it helps|find the bills/i);
  assert.match(reply, /^Fair question/);
  assert.match(reply, /give it a go|worth a try/);
});

test('"just tell me what to actually say when they pick up" gets the words, not a write-it-down task', async () => {
  const reply = await replyTo([
    ['client', 'the bank wants me to call about the overdraft, im 1800 over'],
    ['therapist', 'Banks have teams for exactly this.'],
    ['client', 'just tell me what to actually say when they pick up cos i freeze'],
  ]);
  assert.match(reply, /say exactly this: "|Say just this: "/);
  assert.doesNotMatch(reply, /write down|set a timer/i);
});

test('trouble at home read from a passing "my parents are paying" is not asserted', async () => {
  const reply = await replyTo([
    ['client', 'my personal statement is due in 9 days and i have one line'],
    ['client', 'my parents are paying for the application fees so I cannot write nonsense'],
  ]);
  assert.doesNotMatch(reply, /at home|how your family acts/i);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const requests = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map((item) => ({ type: item.type, afterMs: item.afterMs, atClock: item.atClock }));

test('a wait and then a check is one nudge after the wait, not a pause', () => {
  assert.deepEqual(requests('gimme 10 then check on me'), [
    { type: 'nudge', afterMs: 600000, atClock: undefined },
  ]);
  assert.deepEqual(requests('give me 25 min then poke me'), [
    { type: 'nudge', afterMs: 1500000, atClock: undefined },
  ]);
  assert.deepEqual(requests('90 secs then tell me to start'), [
    { type: 'nudge', afterMs: 90000, atClock: undefined },
  ]);
  // a wait alone is still a pause
  assert.equal(requests('give me 5 min')[0]?.type, 'pause');
});

test('a repeat carries its interval; a correction, its last time', () => {
  assert.equal(requests('can u say keep going every 10 min')[0]?.afterMs, 600000);
  assert.equal(requests('can you remind me in an hour, no wait make it 30 mins')[0]?.afterMs, 1800000);
});

test('"at like 4" and "when its 5" are clock times', () => {
  assert.equal(requests('yo remind me at like 4')[0]?.atClock, '16:00');
  assert.equal(requests('ping me when its 5 so i actually stop working for once')[0]?.atClock, '17:00');
});

test('"tomorrow at 3:30" is the afternoon; "tomorrow at 9" and "tomorrow morning at 5" the morning', () => {
  const at = (text: string) => requests(text).map((request) => request.atClock);
  assert.deepEqual(at('can you text me tmrw at 3:30 to actually go in'), ['15:30']);
  assert.deepEqual(at('can u remind me at 4 tmrw to start chem'), ['16:00']);
  assert.deepEqual(at('remind me tomorrow at 9'), ['09:00']);
  assert.deepEqual(at('remind me tomorrow morning at 5'), ['05:00']);
});

test('a wait then a call back, and a word asked at a clock time, are nudges', () => {
  assert.deepEqual(requests('15 mins then yell at me'), [
    { type: 'nudge', afterMs: 900000, atClock: undefined },
  ]);
  assert.equal(requests('10 min break then drag me back')[0]?.type, 'nudge');
  assert.equal(requests('ping 10 mins')[0]?.afterMs, 600000);
  assert.deepEqual(requests('tell me at 1 to eat something'), [
    { type: 'nudge', afterMs: undefined, atClock: '13:00' },
  ]);
  // reported speech and a count are no ask for a nudge
  assert.deepEqual(requests('my mum said 10 mins then yell at me'), []);
  assert.notEqual(requests('tell me 3 things i can do')[0]?.type, 'nudge');
});

test('a time said alone at the end, after the ask, is its delay', () => {
  assert.equal(requests("ping me when i'm off the bus? like 20 min")[0]?.afterMs, 1200000);
  assert.equal(requests('can you nudge me when ive had my tea, say 10 minutes')[0]?.afterMs, 600000);
  // the tag fills a nudge without a time; it does not override one said with the ask
  assert.equal(requests('remind me in 5 mins, like 20 min')[0]?.afterMs, 300000);
});

test('what is done at a bare 9 to 11 says the half of the day', () => {
  assert.equal(requests('can you remind me once mums asleep, usually around 9')[0]?.atClock, '21:00');
  assert.equal(requests('remind me at 9:30 to log off')[0]?.atClock, '21:30');
  assert.equal(requests('remind me when the match finishes, around 10')[0]?.atClock, '22:00');
  // late for an appointment is no late hour
  assert.equal(requests('remind me at 11:15 to leave or ill be late again')[0]?.atClock, '11:15');
  assert.equal(requests('remind me at 10 to call the bank')[0]?.atClock, '10:00');
});

test('what they ask to be reminded to do is the nudge’s words; a clause of their own is not', () => {
  const phrase = (text: string) =>
    understand(text).find(
      (item): item is RequestObservation => item.kind === 'request' && item.type === 'nudge',
    )?.phrase;
  assert.equal(phrase('can you remind me tomorrow to call the accountant'), 'call the accountant');
  assert.equal(phrase('nudge me in 10 min to get back to work'), 'get back to work');
  assert.equal(phrase('remind me in 5 minutes so i can get up to stretch'), undefined);
  assert.equal(phrase('remind me at 9 tonight to do it'), undefined);
  // the telling is not the words: "to tell me stop" asks for "stop"
  assert.equal(phrase('can you message me at 11pm to tell me stop? i wont stop by myself'), 'stop');
  assert.equal(phrase('text me at 6 to say go for a walk'), 'go for a walk');
});

test('"to do one" names nothing the nudge could say', () => {
  const nudge = understand('can u remind me at 7 tonight to do one').find(
    (item): item is RequestObservation => item.kind === 'request' && item.type === 'nudge',
  );
  assert.equal(nudge?.phrase, undefined);
});

test('a wait, then a call back heard on its own: the nudge takes the wait and no pause is left', () => {
  assert.deepEqual(requests('give me 15 then remind me'), [
    { type: 'nudge', afterMs: 900000, atClock: undefined },
  ]);
  assert.deepEqual(requests('gimme 10 min then bug me'), [
    { type: 'nudge', afterMs: 600000, atClock: undefined },
  ]);
  assert.deepEqual(requests('10 min then buzz me, gonna have a brew first'), [
    { type: 'nudge', afterMs: 600000, atClock: undefined },
  ]);
});

test('told or asked after a wait said first is a reminder; said at every interval it is a cue', () => {
  assert.deepEqual(requests('in 40 min tell me to stop scrolling'), [
    { type: 'nudge', afterMs: 2400000, atClock: undefined },
  ]);
  assert.deepEqual(requests('in 40 min ask me how many pages i did'), [
    { type: 'nudge', afterMs: 2400000, atClock: undefined },
  ]);
  assert.deepEqual(requests('in 30 secs count me in'), [
    { type: 'nudge', afterMs: 30000, atClock: undefined },
  ]);
  assert.deepEqual(requests('every 10 mins tell me to keep going'), [
    { type: 'cue', afterMs: 600000, atClock: undefined },
  ]);
  assert.deepEqual(requests("every half hour just say 'still going?'"), [
    { type: 'cue', afterMs: 1800000, atClock: undefined },
  ]);
  // asked with no wait, "tell me" and "ask me" are no reminder
  assert.ok(!requests('ask me how my day was').some((request) => request.type === 'nudge'));
});

test('the words said with a timed nudge are its words, not a cue of their own', () => {
  const read = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' ? [[item.type, item.phrase]] : []));
  assert.deepEqual(read("ping me in half an hour and say 'laptop open'"), [['nudge', 'laptop open']]);
  assert.deepEqual(read("remind me in an hour, say 'get the car washed'"), [['nudge', 'get the car washed']]);
  // with no time, the nudge and the words to say now are two asks
  assert.equal(read('after dinner can u nudge me to start my art project and say "u can do it"').length, 2);
});

test('a wait and then "nag me", "yell at me", "shout at me" is one nudge after the wait, no pause (v14, v15)', () => {
  for (const [text, ms] of [
    ['give me 5 and then nag me', 300_000],
    ['gimme 15 and then yell at me', 900_000],
    ['give me 90 secs and then shout at me', 90_000],
  ] as const) {
    const requests = understand(text).filter((item) => item.kind === 'request');
    assert.deepEqual(
      requests.map((request) => [request.type, request.kind === 'request' ? request.afterMs : undefined]),
      [['nudge', ms]],
      text,
    );
  }
});

test('times as people say them: "1hr 15", "give us a shout", "then hassle me", "in 20 incase" (v17, v18)', () => {
  const nudgeAfter = (text: string) => requests(text).find((request) => request.type === 'nudge')?.afterMs;
  assert.equal(nudgeAfter('remind me in 1hr 15'), 75 * 60_000);
  assert.equal(nudgeAfter('give us a shout in about 10 minutes yeah? just making a brew'), 10 * 60_000);
  assert.equal(nudgeAfter('gie us a shout in 15 aye'), 15 * 60_000);
  assert.deepEqual(requests('gimme 10 mins then hassle me'), [
    { type: 'nudge', afterMs: 600000, atClock: undefined },
  ]);
  assert.equal(nudgeAfter('can u also check on me in 20 incase i wander off'), 20 * 60_000);
});

test('a nudge for when something running ends takes the time it has left (v17, v18)', () => {
  const nudgeAfter = (text: string) => requests(text).find((request) => request.type === 'nudge')?.afterMs;
  assert.equal(nudgeAfter("the bread is proving, i've got about 40 min, remind me when its up"), 40 * 60_000);
  assert.equal(
    nudgeAfter('can u nudge me when the washing machine finishes, it says 38 min left'),
    38 * 60_000,
  );
  assert.equal(nudgeAfter("ok new plan, i'll do 10 minutes of tidying, then you ping me"), 10 * 60_000);
  // a time that has been, or a thing that ends with no time told, gives no delay of its own
  assert.equal(nudgeAfter('remind me when the kettle boils'), undefined);
});

test('the half of the day said around a clock time: "at night", "not late", leaving for school (v17)', () => {
  const clock = (text: string) => requests(text).find((request) => request.type === 'nudge')?.atClock;
  assert.equal(clock('can you send reminder when i finish work at 10 at night'), '22:00');
  assert.equal(clock("check on me once i'm parked up for the night, prob around 11"), '23:00');
  assert.equal(clock('ping me at 11:20 so im not late for the viewing'), '11:20');
  assert.equal(clock('after the kids leave for school at 8.20 ping me'), '08:20');
  assert.equal(clock('remind me at 9 tonight'), '21:00');
});

test('a nudge or cue asked again and again is marked a repeat, with its interval as the delay', () => {
  const [nudge] = understand('remind me every 15 mins').filter((item) => item.kind === 'request');
  assert.equal(nudge?.kind === 'request' && nudge.repeat, true);
  assert.equal(nudge?.kind === 'request' && nudge.afterMs, 900_000);
  const [hourly] = understand('ping me every hour').filter((item) => item.kind === 'request');
  assert.equal(hourly?.kind === 'request' && hourly.repeat, true);
  const [once] = understand('remind me in 15 mins').filter((item) => item.kind === 'request');
  assert.equal(once?.kind === 'request' && once.repeat, undefined);
});

test('a quoted phrase asked again and again is a cue; someone else who keeps saying one is not', () => {
  assert.deepEqual(
    requests("keep saying 'breathe' to me til i finish").map((request) => request.type),
    ['cue'],
  );
  assert.deepEqual(requests("he keeps saying 'calm down' to me"), []);
});

test("a wait, what it is for, then a check: one nudge after the wait, no pause (the lead's fresh r19 class)", () => {
  const asked = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' ? [[item.type, item.afterMs]] : []));
  assert.deepEqual(asked('gimme 20 min to get the fire going then remind me'), [['nudge', 1_200_000]]);
  assert.deepEqual(asked('give me 10 minutes to finish my tea and then nudge me'), [['nudge', 600_000]]);
  assert.deepEqual(asked('i need 10 minutes to calm down'), [['pause', 600_000]]);
});

test('"in 45 min write me to check if i do the call": a message asked for a check is a nudge', () => {
  const types = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' ? [item.type] : []));
  assert.deepEqual(types('in 45 min write me to check if I do the call'), ['nudge']);
  assert.deepEqual(types('he will write me to check the contract'), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { understand } from './index.ts';
import { READERS } from './readers.ts';

// Times on requests as people write them (the writers' conventions: data/train/understanding-v2/WRITER-README.md)
function timed(text: string): Array<Pick<RequestObservation, 'type' | 'afterMs' | 'atClock'>> {
  return understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map(({ type, afterMs, atClock }) => ({
      type,
      ...(afterMs === undefined ? {} : { afterMs }),
      ...(atClock === undefined ? {} : { atClock }),
    }));
}

test('durations on requests: fractions, recurring asks, typos, "give me 5"', () => {
  assert.deepEqual(timed('remind me in three quarters of an hour'), [{ type: 'nudge', afterMs: 2700000 }]);
  assert.deepEqual(timed('nudge me every hour to drink water'), [{ type: 'nudge', afterMs: 3600000 }]);
  assert.deepEqual(timed('can you ping me in 10 mints'), [{ type: 'nudge', afterMs: 600000 }]);
  assert.deepEqual(timed('give me 90 seconds'), [{ type: 'pause', afterMs: 90000 }]);
  assert.deepEqual(timed('give me 5'), [{ type: 'pause', afterMs: 300000 }]);
  assert.deepEqual(timed('nudge me in 20 to get back to it'), [{ type: 'nudge', afterMs: 1200000 }]);
});

test('"or so" and a range take the number said; the rules read "give me 5 tips" as no pause', () => {
  // a nudge near the time said keeps the promise better than the default minute
  assert.deepEqual(timed('remind me in an hour or so'), [{ type: 'nudge', afterMs: 3600000 }]);
  assert.deepEqual(timed('check on me in 10-15 min'), [{ type: 'nudge', afterMs: 600000 }]);
  assert.deepEqual(timed('can you poke me in like 25ish min'), [{ type: 'nudge', afterMs: 1500000 }]);
  // the rule that reads "give me 5" as a pause; the learned reader is judged by its cross-validated figures
  const requestRules = READERS.filter((reader) => reader.name === 'request-rules');
  assert.equal(
    analyse('give me 5 tips', { readers: requestRules }).observations.some(
      (item) => item.kind === 'request' && item.type === 'pause',
    ),
    false,
  );
});

test('clock times: dotted, chat-spelt, "in evening", and an end of the session at a time', () => {
  assert.deepEqual(timed('remind me 8.15 tonite'), [{ type: 'nudge', atClock: '20:15' }]);
  assert.deepEqual(timed('remind me at 9 in evening'), [{ type: 'nudge', atClock: '21:00' }]);
  assert.deepEqual(timed('remind me 8 in morning'), [{ type: 'nudge', atClock: '08:00' }]);
  assert.deepEqual(timed("let's stop at 3, i have a call"), [{ type: 'stop', atClock: '15:00' }]);
});

test('a range of minutes is not a clock time ("in 10 to 15 min" is not 14:50)', () => {
  assert.deepEqual(timed('remind me in 10 to 15 min'), [{ type: 'nudge', afterMs: 600000 }]);
  assert.deepEqual(timed('remind me at ten to 4'), [{ type: 'nudge', atClock: '15:50' }]);
});

test('"tomorrow" beside the clock time puts it on the next day; farther off it does not', () => {
  const day = (text: string) =>
    understand(text)
      .filter((item): item is RequestObservation => item.kind === 'request')
      .map(({ atClock, day }) => ({ atClock, day }));
  assert.deepEqual(day('remind me tmrw at 9'), [{ atClock: '09:00', day: 'tomorrow' }]);
  assert.deepEqual(day('remind me at 9am tomorrow'), [{ atClock: '09:00', day: 'tomorrow' }]);
  assert.deepEqual(day('nudge me tomorrow morning at 8'), [{ atClock: '08:00', day: 'tomorrow' }]);
  assert.deepEqual(day('ping me at 3pm'), [{ atClock: '15:00', day: undefined }]);
  assert.deepEqual(day('remind me at 9 to revise for tomorrows exam'), [
    { atClock: '09:00', day: undefined },
  ]);
});

test('clock times run together, in "h", or with the evening said before them', () => {
  assert.deepEqual(timed('at 1530 remind me of the meeting prep'), [{ type: 'nudge', atClock: '15:30' }]);
  assert.deepEqual(timed('ping me at 930'), [{ type: 'nudge', atClock: '09:30' }]);
  assert.deepEqual(timed('remind me again at 16h please'), [{ type: 'nudge', atClock: '16:00' }]);
  assert.deepEqual(timed('remind me tonight at 9 to lay out my uniform'), [
    { type: 'nudge', atClock: '21:00' },
  ]);
});

test('a bare 7 or 8 is evening unless the words say morning; 9 to 11 morning unless they say evening', () => {
  assert.deepEqual(timed('stop the countdown and just remind me at 8')[0]?.atClock, '20:00');
  assert.deepEqual(timed('remind me at 7 to start dinner'), [{ type: 'nudge', atClock: '19:00' }]);
  assert.deepEqual(timed('wake me up at 8, remind me at 8'), [{ type: 'nudge', atClock: '08:00' }]);
  assert.deepEqual(timed('remind me at 11 to actually go to sleep'), [{ type: 'nudge', atClock: '23:00' }]);
  assert.deepEqual(timed('can u message me again at 11'), [{ type: 'nudge', atClock: '11:00' }]);
});

test('a return asked for at a time is a nudge: "hit me up in 5", "can we continue in 30 min"', () => {
  assert.deepEqual(timed('yo hit me up in 5'), [{ type: 'nudge', afterMs: 300000 }]);
  assert.deepEqual(timed('gonna step away, can we continue in 30 min'), [
    { type: 'nudge', afterMs: 1800000 },
  ]);
  assert.equal(
    understand('he hit me up for money').some((item) => item.kind === 'risk'),
    false,
  );
});

test('a bare "remind me tomorrow" carries the day and no clock; "for tomorrow\'s exam" does not', () => {
  const days = (text: string) =>
    understand(text)
      .filter((item): item is RequestObservation => item.kind === 'request')
      .map(({ atClock, day }) => ({ atClock, day }));
  assert.deepEqual(days('remind me tomorrow'), [{ atClock: undefined, day: 'tomorrow' }]);
  assert.deepEqual(days('can you ping me tmrw pls'), [{ atClock: undefined, day: 'tomorrow' }]);
  assert.deepEqual(days('remind me to revise for tomorrows exam'), [{ atClock: undefined, day: undefined }]);
  assert.deepEqual(days('remind me before tomorrow'), [{ atClock: undefined, day: undefined }]);
});

test('a part of the day said with the same hour in an earlier turn carries ("tmrw morning… like 7", then "at 7")', () => {
  const clocks = (text: string, earlier: string[]) =>
    understand(text, earlier).flatMap((item) => (item.kind === 'request' ? [item.atClock] : []));
  assert.deepEqual(clocks('message me at 7', ['tmrw morning... like 7']), ['07:00']);
  assert.deepEqual(clocks('message me at 6', ['i wanna start early tmrw morning, 6 ish']), ['06:00']);
  // without it, or with another hour, or the evening said now, the bare hour keeps its reading
  assert.deepEqual(clocks('message me at 7', []), ['19:00']);
  assert.deepEqual(clocks('message me at 7', ['i am free around 7']), ['19:00']);
  assert.deepEqual(clocks('message me at 7', ['this morning was awful', 'i have dinner at 7']), ['19:00']);
  assert.deepEqual(clocks('message me at 7 tonight', ['tmrw morning like 7']), ['19:00']);
});

test('the clock time said after the ask is its own, not an earlier one in the turn', () => {
  const clocks = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' ? [item.atClock] : []));
  assert.deepEqual(clocks('i told myself id start at 2 but its already 2.10 so can you ping me at half 2'), [
    '14:30',
  ]);
  assert.deepEqual(clocks('remind me at 3pm, i have a meeting at 4'), ['15:00']);
});

test('"8 o clock", "9ish tonight", "9 tomorrow night", an early hour tomorrow, a quarter hour after a dot', () => {
  const clocks = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' ? [item.atClock] : []));
  assert.deepEqual(clocks('please alarm me 8 o clock tomorrow morning for the visa document'), ['08:00']);
  assert.deepEqual(clocks('set a reminder for 9ish tonight to pack my bag'), ['21:00']);
  assert.deepEqual(clocks('set me a reminder for 9 tomorrow night'), ['21:00']);
  assert.deepEqual(clocks('remind me 5.30 tomorrow to call the vet'), ['05:30']);
  assert.deepEqual(clocks('remind me at half six tmrw to prep the lunches'), ['06:30']);
  assert.deepEqual(clocks('can you remind me tomorrow at 3 to call the bank'), ['15:00']);
  assert.deepEqual(clocks('remind me at school pickup time, 3.15'), ['15:15']);
  assert.deepEqual(clocks('REMIND ME AT 11 OR I WILL FORGET AGAIN'), ['11:00']);
  // money is no time, and "10 or 11" is no one hour
  assert.deepEqual(clocks('it cost 3.15 remind me later'), [undefined]);
  assert.deepEqual(clocks('remind me at 10 or 11'), [undefined]);
});

test('a lead before a time said later in the turn is that time less the lead, never a wait from now', () => {
  const asked = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' ? [[item.atClock, item.afterMs]] : []));
  assert.deepEqual(asked("15 min before the dentist, it's at 3, remind me"), [['14:45', undefined]]);
  assert.deepEqual(asked('ping me 10 mins before my call at 2:30'), [['14:20', undefined]]);
  // no time for the event: asked for, not a wait of 20 minutes
  assert.deepEqual(asked('remind me 20 min before the meeting'), [[undefined, undefined]]);
  assert.deepEqual(asked('remind me in 15 min'), [[undefined, 900_000]]);
});

test('a bare hour takes the part of the day and the day the turn just before gave', () => {
  const asked = (text: string, earlier: string[]) =>
    understand(text, earlier).flatMap((item) => (item.kind === 'request' ? [[item.atClock, item.day]] : []));
  assert.deepEqual(asked('can u remind me at 9?', ['I might try that tomorrow morning']), [
    ['09:00', 'tomorrow'],
  ]);
  assert.deepEqual(asked('ok text me at 8', ['i could do it tonight after dinner']), [['20:00', undefined]]);
  assert.deepEqual(asked('remind me at 9 tonight', ['I might try that tomorrow morning']), [
    ['21:00', undefined],
  ]);
  assert.deepEqual(asked('remind me at 9', ['i have a meeting']), [['09:00', undefined]]);
});

test('a part of the day then a bare number: the number is the hour, in that part', () => {
  const asked = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' ? [[item.atClock, item.weekday]] : []));
  assert.deepEqual(asked('Could you message me Sunday evening? Maybe 7.'), [['19:00', 'sunday']]);
  assert.deepEqual(asked('remind me after work. maybe 6?'), [['18:00', undefined]]);
  assert.deepEqual(asked('check on me sunday evening, i have 7 things to do'), [[undefined, 'sunday']]);
});

test('a place opening says morning, one closing says evening ("before the studio opens", "when the rink closes")', () => {
  const clocks = (text: string) =>
    understand(text).flatMap((item) => (item.kind === 'request' ? [item.atClock] : []));
  assert.deepEqual(clocks('remind me at quarter to 8 before the studio opens'), ['07:45']);
  assert.deepEqual(clocks('remind me at 10.15 when the rink closes'), ['22:15']);
  assert.deepEqual(clocks('remind me at 9 to call the bank'), ['09:00']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { findDurations } from './durations.ts';
import { understand } from './index.ts';

// Round 12: the wait on an ask as a class, not a list of sentences. The phrases here are our own, one per
// shape; the shapes come from the afterMs misses of the seen sets v1–v18, grouped by cause.
const MINUTE = 60_000;

function waits(text: string): Array<[string, number | undefined]> {
  return understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map((request) => [request.type, request.afterMs]);
}

function waitOf(text: string, type = 'nudge'): number | undefined {
  return waits(text).find(([found]) => found === type)?.[1];
}

test('units and numbers as typed in a hurry are still a wait', () => {
  const cases: [string, number][] = [
    ['ping me in 15 minz', 15 * MINUTE],
    ['remind me in 5 minuites', 5 * MINUTE],
    ['nudge me in 20 mnts ok', 20 * MINUTE],
    ['text me in 2 hrz', 120 * MINUTE],
    ['check on me in fourty five min', 45 * MINUTE],
    ['remind me in fiften mins', 15 * MINUTE],
    ['ping me in tem minutes to turn the oven off', 10 * MINUTE],
    ['poke me in 1,5 hours', 90 * MINUTE],
    ['remind me in 25ish', 25 * MINUTE],
  ];
  for (const [text, ms] of cases) assert.equal(waitOf(text), ms, text);
});

test('an hour with its article dropped or standing first is an hour', () => {
  assert.equal(waitOf('hour and a half then ping me'), 90 * MINUTE);
  assert.equal(waitOf('hour from now, poke me'), 60 * MINUTE);
  assert.equal(waitOf('remind me after hour please'), 60 * MINUTE);
  // an hour that is not a wait stays out
  assert.deepEqual(findDurations('the hour is late and we are tired'), []);
  assert.deepEqual(findDurations('paid by the hour'), []);
});

test('a bare number after "make it", "need", or before "or i" and "i\'ll" is minutes', () => {
  assert.equal(waitOf('nudge me in 20. no, make it 25'), 25 * MINUTE);
  assert.equal(waitOf('TEXT ME IN 30 OR I WILL FORGET'), 30 * MINUTE);
  assert.equal(waitOf("ok in 15 i'll open it, hold me to it and remind me"), 15 * MINUTE);
  assert.equal(waitOf('hold on, need 10', 'pause'), 10 * MINUTE);
  assert.deepEqual(findDurations('i need 5 more pages by friday'), []);
});

test('a wait said anywhere in the turn times a cue, a next step and a silent-condition nudge', () => {
  // a phrase sent after a wait: a timed cue or a nudge that says it, timed either way
  assert.deepEqual(
    waits("in 15 mins send me 'almost done'").map(([, ms]) => ms),
    [15 * MINUTE],
  );
  assert.equal(waitOf("i want you to say 'now' in 45 seconds", 'cue'), 45_000);
  assert.equal(waitOf('done the first two rows, can we do the next bit in 10 min', 'next'), 10 * MINUTE);
  assert.equal(waitOf('if i stop replying for 15 mins give me a poke'), 15 * MINUTE);
  assert.equal(waitOf('in 2 hours if i havent answered, message me'), 120 * MINUTE);
  assert.equal(waitOf("if i've not messaged back in like an hour can you check in"), 60 * MINUTE);
});

test('a length of doing is not a wait, unless the nudge waits for it to end', () => {
  assert.equal(waitOf('the essay takes about an hour, remind me at 4'), undefined);
  assert.equal(waitOf('i worked for 20 mins then stopped. remind me tomorrow'), undefined);
  assert.equal(waitOf('gonna hoover for 15 mins, check on me when its done'), 15 * MINUTE);
  assert.equal(waitOf('doing a 30 min sprint, ping me when its over'), 30 * MINUTE);
  assert.equal(waitOf('put a timer on for 25 min and nudge me'), 25 * MINUTE);
  assert.equal(waitOf('i sat there for 20 mins. remind me when its done'), undefined);
});

test('a second ask joined to a first keeps its own wait', () => {
  assert.deepEqual(waits('tell me what to do first and then check on me in 40 min'), [
    ['concrete', undefined],
    ['nudge', 40 * MINUTE],
  ]);
  assert.deepEqual(waits('way too big. make it smaller and check back in 5'), [
    ['smaller', undefined],
    ['nudge', 5 * MINUTE],
  ]);
  assert.deepEqual(waits('can u give me the words and then check on me in an hour'), [
    ['concrete', undefined],
    ['nudge', 60 * MINUTE],
  ]);
  // someone else's doings joined by "and then" are not asks of ours
  assert.deepEqual(waits('she told me what to do and then checked on me'), []);
});

test('a politeness word from another language opens an ask like "please"', () => {
  assert.equal(waitOf('por favor remind me in 10 minutes to ring my sister, I always forget'), 10 * MINUTE);
  assert.equal(waitOf('bitte ping me in 20'), 20 * MINUTE);
});

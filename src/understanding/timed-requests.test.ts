import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const requestsOf = (text: string) =>
  understand(text).filter((item): item is RequestObservation => item.kind === 'request');

test('a time said first still times the request after it ("in 10 mins remind me …")', () => {
  for (const [text, afterMs] of [
    ['in 10 mins remind me to stretch', 600_000],
    ['every 30 minutes tell me to drink some water', 1_800_000],
    ['in an hour check im still on track', 3_600_000],
  ] as const) {
    const nudge = requestsOf(text).find((item) => item.type === 'nudge');
    assert.equal(nudge?.afterMs, afterMs, text);
    assert.equal(nudge?.when, 'later', text);
  }
});

test('a cue can be timed, and "tell me to …" with a time is a reminder', () => {
  const cue = requestsOf('say "keep going" in 2 minutes').find((item) => item.type === 'cue');
  assert.equal(cue?.afterMs, 120_000);
  assert.equal(cue?.when, 'later');
  assert.deepEqual(
    requestsOf('tell me to breathe').map((item) => item.type),
    ['cue'],
  );
  assert.ok(requestsOf('in 5 minutes tell me to close the laptop').some((item) => item.type === 'nudge'));
});

test('a fronted time that is a story, not an ask, makes no request', () => {
  assert.deepEqual(requestsOf('in 10 minutes i have a meeting'), []);
  assert.deepEqual(requestsOf('i need to check im paying the right amount'), []);
});

test('"to remind me" after the ask is the asking again, not the words of the nudge', () => {
  // conversations-v15 c041 (read after its final run): the nudge promised to say "Remind you."
  const [request] = requestsOf('Can you message me tomorrow 9am to remind me?');
  assert.equal(request?.type, 'nudge');
  assert.equal(request?.phrase, undefined);
  assert.equal(requestsOf('remind me at 9 to do the counter')[0]?.phrase, 'do the counter');
});

test('a time told as something that happened is no pause asked for; "put this on hold" still is', () => {
  // conversations-v16 c001 (read after its run): "20 min on hold" got "Let's leave it there for 20 minutes"
  for (const text of [
    'ring them. on my break. 20 min on hold. nah',
    'i sat 20 min on hold',
    'was on hold for 40 mins',
  ])
    assert.equal(
      requestsOf(text).find((request) => request.type === 'pause'),
      undefined,
      text,
    );
  assert.equal(requestsOf('can we put this on hold til tomorrow')[0]?.type, 'pause');
  assert.equal(requestsOf('brb 10 min')[0]?.type, 'pause');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const asks = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map((request) => [request.type, request.afterMs, request.phrase]);

test('"remind me that …" asks for words to hear: a cue with their words, timed when a repeat is said', () => {
  assert.deepEqual(asks('remind me that its just one email'), [['cue', undefined, 'its just one email']]);
  assert.deepEqual(asks('just remind me "one thing at a time" cos i forget'), [
    ['cue', undefined, 'one thing at a time'],
  ]);
  assert.deepEqual(asks('remind me every 15 mins that its ok to be slow'), [
    ['cue', 900_000, 'its ok to be slow'],
  ]);
});

test('a reminder to do something, of a fact at a one-off time, or of a need stays a nudge', () => {
  assert.equal(asks('in like 15 remind me that the laundry is in the dryer')[0]?.[0], 'nudge');
  assert.equal(asks('remind me that i need to call the bank')[0]?.[0], 'nudge');
  assert.deepEqual(asks('remind me to call the bank'), [['nudge', undefined, 'call the bank']]);
});

test('"remind me in 10 min that …": a reminder at a one-off time that says the words after "that"', () => {
  assert.deepEqual(asks('remind me in 10 min that im not useless'), [['nudge', 600_000, "I'm not useless"]]);
  assert.deepEqual(asks('in like 15 remind me that the laundry is in the dryer'), [
    ['nudge', 900_000, 'the laundry is in the dryer'],
  ]);
  assert.deepEqual(asks('remind me in 90 minutes that i promised myself id do this lol'), [
    ['nudge', 5_400_000, "i promised myself I'd do this"],
  ]);
  const atFive = understand('remind me at 5 that my mum is coming round').find(
    (item) => item.kind === 'request',
  );
  assert.equal(atFive?.kind === 'request' ? atFive.phrase : '', 'my mum is coming round');
  // a need keeps its wordless nudge; a repeat is still words to hear
  assert.deepEqual(asks('remind me in 10 min that i need to call mum'), [['nudge', 600_000, undefined]]);
  assert.deepEqual(asks('remind me every 15 mins that its ok to be slow'), [
    ['cue', 900_000, 'its ok to be slow'],
  ]);
});

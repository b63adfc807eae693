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

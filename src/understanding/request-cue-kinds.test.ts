/** Cue asks the fresh r19 set missed: kind words asked of us beside a nudge, and words sent again and again. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const asks = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map((request) => [request.type, request.afterMs ?? null, request.phrase ?? null]);

test('kind words asked of us beside a check-in are a cue and a nudge', () => {
  const types = (text: string) => asks(text).map(([type]) => type);
  assert.deepEqual(types('tell me something comforting, then ping me in 15'), ['cue', 'nudge']);
  assert.deepEqual(types('say something soothing pls'), ['cue']);
  // someone else said it: nothing asked
  assert.deepEqual(types('my nan always used to say something kind when i cried'), []);
  // a risk said beside it is still read
  assert.ok(
    understand('say something calming, i have the pills in my hand and want to take them all').some(
      (item) => item.kind === 'risk',
    ),
  );
});

test('words to send said with a repeat are a cue; sent once at a time they are a reminder', () => {
  assert.deepEqual(asks("every 20 mins just send 'eyes on the page'"), [
    ['cue', 1_200_000, 'eyes on the page'],
  ]);
  assert.deepEqual(asks("in 20 send me 'stand up'"), [['nudge', 1_200_000, 'stand up']]);
});

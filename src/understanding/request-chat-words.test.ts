import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const asks = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map((request) => [request.type, request.afterMs, request.phrase]);

test('words to send later are a nudge with those words, said with "send" or "and tell me"', () => {
  assert.deepEqual(asks("in half an hour send me 'shoes on'"), [['nudge', 1_800_000, 'shoes on']]);
  assert.deepEqual(asks("ping me in 15 and tell me 'drink water'"), [['nudge', 900_000, 'drink water']]);
});

test('"say me" in a learner\'s words is a cue with the words', () => {
  assert.deepEqual(asks("please say me 'breathe' before i call"), [['cue', undefined, 'breathe']]);
});

test('words of what they are, asked with "remind me" and no "that", are a cue; a plan with a time stays a nudge', () => {
  assert.deepEqual(asks('remind me im doing enough'), [['cue', undefined, "I'm doing enough"]]);
  assert.deepEqual(asks('remind me its allowed to rest'), [['cue', undefined, 'its allowed to rest']]);
  assert.equal(asks('remind me im at the vet at 4')[0][0], 'nudge');
});

test('a "no" before an ask put to us corrects what came before; "dont" still negates', () => {
  assert.deepEqual(asks('wake me at noon haha no really, ping me in 3 hours'), [
    ['nudge', 10_800_000, undefined],
  ]);
  assert.deepEqual(asks('no seriously nudge me in 10'), [['nudge', 600_000, undefined]]);
  assert.deepEqual(asks('dont nudge me in 10'), []);
});

test('a bare number before "for the" is minutes; a timer asked of us is a nudge', () => {
  assert.deepEqual(asks('poke me in 35 for my lunch'), [['nudge', 2_100_000, undefined]]);
  assert.deepEqual(asks('could u start a timer for 20'), [['nudge', 1_200_000, undefined]]);
  assert.deepEqual(asks('i had a timer for 20 on my phone'), []);
});

test('asks to be hyped up are cues', () => {
  assert.deepEqual(asks('psych me up, i have the big call soon'), [['cue', undefined, undefined]]);
});

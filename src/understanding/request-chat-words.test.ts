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

const types = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map((request) => request.type)
    .sort();

test('smaller asks in chat and learner words', () => {
  assert.deepEqual(types('pls give easy one, this too much'), ['smaller']);
  assert.deepEqual(types('got anything small i can do from bed'), ['smaller']);
  assert.deepEqual(types('half of it instead?'), ['smaller']);
  assert.deepEqual(types('something even my cat could do'), ['smaller']);
  // a share done is a report, not an ask
  assert.deepEqual(types('yeah. did half of it'), []);
});

test('the talk put off until later is a pause', () => {
  assert.deepEqual(types('can we pick this up later? kids are home'), ['pause']);
  assert.deepEqual(types('shelve it till after the school run'), ['pause']);
  assert.deepEqual(types('im going to take a break, my eyes hurt'), ['pause']);
});

test('the next one asked in chat words', () => {
  assert.deepEqual(types('nice, gimme another'), ['next']);
  assert.deepEqual(types('hit me with the next one'), ['next']);
});

test('a timer said by its length, and a message about something, are nudges', () => {
  assert.deepEqual(asks('ten minute timer please'), [['nudge', 600_000, undefined]]);
  assert.equal(types('when i get home can u message me about the rent')[0], 'nudge');
});

test('why, how and "dont understand" said of other things are no explain asks; of ours they are', () => {
  assert.deepEqual(types('i dont understand these council letters at all'), []);
  assert.deepEqual(types('my neighbour is struggling, how can i help her'), []);
  assert.deepEqual(types('hows that supposed to help'), ['explain']);
  assert.deepEqual(types('whats the reason to start with the small one'), ['explain']);
  assert.deepEqual(types('i dont understand the exercise'), ['explain']);
});

test('a goodbye beside a veiled "not doing this tomorrow" is not closed kindly', () => {
  assert.deepEqual(types('bye then. not going to be here tomorrow'), []);
  assert.deepEqual(types('bye, my ex sent goodbye vibes all day'), ['stop']);
});

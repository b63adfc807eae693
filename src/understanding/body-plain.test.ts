import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const partsOf = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'sensation' ? [item.part] : []));

test('relief and plain sensations name the part ("shoulders came down", "breath gets stuck")', () => {
  for (const [text, part] of [
    ['my shoulders finally came down after the call', 'shoulders'],
    ['chest feels a bit lighter now', 'chest'],
    ['my hands are warm again', 'hands'],
    ['my breath keeps getting stuck', 'breath'],
    ['i breathed out slowly and it helped', 'breath'],
    ['feeling lightheaded', 'head'],
  ] as const)
    assert.ok(partsOf(text).includes(part), text);
});

test('the same words without a felt part name none', () => {
  assert.deepEqual(partsOf('the plan is clearer now'), []);
  assert.deepEqual(partsOf('it was a warm day'), []);
});

test('money or time tight, numb about something, skin picked, a head all over the place: not the body', () => {
  const parts = (text: string) =>
    understand(text)
      .filter((item) => item.kind === 'sensation')
      .map((item) => (item.kind === 'sensation' ? item.part : ''));
  for (const text of [
    'money is so tight this month, rent went up again',
    'got let go today. is that normal to feel this numb about it?',
    'i keep picking at my skin till it bleeds and i cant stop',
    'can you say something calming, my heads all over the place',
  ])
    assert.deepEqual(parts(text), [], text);
  assert.deepEqual(parts('my breath is all shaky after that phone call'), ['breath']);
  assert.deepEqual(parts('idk i just feel tight everywhere'), ['whole-body']);
});

test('a heart going crazy, legs bouncing, a stomach flipping, a knot between the shoulder blades', () => {
  const parts = (text: string) =>
    understand(text)
      .filter((item) => item.kind === 'sensation')
      .map((item) => (item.kind === 'sensation' ? item.part : ''));
  assert.deepEqual(parts('my heart is going crazy, just tell me what to do'), ['chest']);
  assert.deepEqual(parts('heart going a mile a minute'), ['chest']);
  assert.deepEqual(parts('my knees wont stop bouncing under the desk'), ['legs']);
  assert.deepEqual(parts('stomach flipping like crazy'), ['stomach']);
  assert.deepEqual(parts('theres a knot right between my shoulder blades'), ['back']);
  assert.deepEqual(parts('hart is beating so fast rn'), ['chest']);
});

test('a sensation imagined ("I\'d be in tears by the second box") is not one felt now', () => {
  for (const text of [
    "my back can't take it and I'd be in tears by the second box",
    "I'll be shaking by the time I get there",
    'i would be crying in front of everyone',
  ]) {
    assert.deepEqual(partsOf(text), [], text);
  }
  assert.deepEqual(partsOf('i was in tears all night'), ['face']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const parts = (text: string) =>
  understand(text).flatMap((observation) => (observation.kind === 'sensation' ? [observation.part] : []));

test('shoulders hunched high are felt', () => {
  assert.ok(parts('been sat at the desk so long my shoulders are all hunched').includes('shoulders'));
});

test('limbs heavy as if wading through something are felt, each part named', () => {
  const read = parts('my legs and arms are like wading through wet sand today');
  assert.ok(read.includes('legs') && read.includes('arms'), read.join());
});

test('a part added after the quality with "too" shares it', () => {
  const read = parts('after the double shift, hips wrecked, neck too');
  assert.ok(read.includes('legs') && read.includes('neck'), read.join());
  const back = parts('knees are killing me and my back as well');
  assert.ok(back.includes('back'), back.join());
});

test('an upset or unsettled stomach is felt', () => {
  assert.ok(parts('tummy has been upset ever since the phone call').includes('stomach'));
  assert.ok(parts('my gut is unsettled since i heard').includes('stomach'));
});

test('clumsy hands and dropping things are the hands', () => {
  assert.ok(parts('my hands are so clumsy this morning').includes('hands'));
  assert.ok(parts('i keep dropping everything today, cups, keys, all of it').includes('hands'));
});

test("an animal's part and a heart that bleeds for others are no felt part", () => {
  assert.deepEqual(parts("i had to hold the horse's head while the farrier worked"), []);
  assert.deepEqual(parts('my heart bleeds for the people in the floods'), []);
});

test('a place named Temple is no head', () => {
  assert.deepEqual(parts('absolutely wrecked after the night out near Temple station'), []);
});

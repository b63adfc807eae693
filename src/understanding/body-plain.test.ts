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

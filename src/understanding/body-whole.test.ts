import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const parts = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'sensation' ? [item.part] : []));

test('a whole-body word said with a named part is about that part', () => {
  assert.deepEqual(parts('so tense my whole back is one knot'), ['back']);
  assert.ok(!parts('a fluttering in my chest whenever i think about the letter').includes('whole-body'));
});

test('with no part named, the whole body is still read', () => {
  assert.deepEqual(parts('i feel all jittery'), ['whole-body']);
});

test('breath as people say it: sighing, a fast or short breath, a breath that catches', () => {
  for (const text of [
    'keep sighing like every 10 seconds',
    "my breath's fast",
    'tight chest, short breath',
    'breath catches every time i open the laptop',
    'why does my breathing go weird when i think about the essay?',
  ])
    assert.ok(parts(text).includes('breath'), text);
});

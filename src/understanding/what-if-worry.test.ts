import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const worries = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'worry' ? [item.about] : []));

test('a fear said as "what if …" is a worry, in their words', () => {
  assert.deepEqual(worries('just felt sick tbh. like what if ive been doing it wrong for 3 years'), [
    "I've been doing it wrong for 3 years",
  ]);
  assert.deepEqual(worries('but what if they missed something'), ['they missed something']);
  assert.deepEqual(worries('what if she doesnt like it tapos she asks for refund'), ["she doesn't like it"]);
});

test('"what if I just opened it?" offers a step: it is no worry', () => {
  assert.deepEqual(worries('what if I just opened it for a minute?'), []);
  assert.deepEqual(worries('what if i tried the first page'), []);
  assert.deepEqual(worries('what if you came with me'), []);
});

test('a feared outcome said as "if I fail, I\'ll…" is a worry; a broken one is left alone', () => {
  assert.deepEqual(worries("if i fail i'll be the next joke"), ["if i fail i'll be the next joke"]);
  assert.deepEqual(worries('if i tell her she will hate me'), ['if i tell her she will hate me']);
  assert.deepEqual(worries('if i fail my visa maybe have problem'), []);
  assert.deepEqual(worries('if i ask for help, is that ok'), []);
});

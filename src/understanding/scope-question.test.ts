import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const scopeOf = (text: string) => understand(text).find((item) => item.kind === 'scope-question');

test('a diagnosis or medication question is an observation, with its span on the turn as written', () => {
  const text = 'Should I up my sertraline? I’m not sure it’s working';
  const found = scopeOf(text);
  assert.equal(found?.kind === 'scope-question' && found.topic, 'medication');
  assert.match(text.slice(found?.span[0], found?.span[1]), /up my sertraline/i);
  assert.equal(scopeOf('do I have ADHD?')?.kind, 'scope-question');
});

test('a turn that asks neither gives none', () => {
  for (const text of ['I have to write my report', 'my adhd makes emails hard'])
    assert.equal(scopeOf(text), undefined, text);
});

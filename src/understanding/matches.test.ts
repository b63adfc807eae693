import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesOf } from './matches.ts';

const spans = (matches: readonly RegExpMatchArray[]) => matches.map((match) => [match.index, match[0]]);

test('matchesOf finds the same matches as matchAll, including empty ones', () => {
  for (const [pattern, text] of [
    [/\bi\s+\w+/g, 'i tried, i sat down, then i stopped'],
    [/x*/g, 'axxbx'],
    [/(?=\s)/g, 'a b  c'],
    [/\p{L}*/gu, 'a😀b'],
    [/nothing/g, 'no match here'],
  ] as const) {
    assert.deepEqual(spans(matchesOf(pattern, text)), spans([...text.matchAll(pattern)]), String(pattern));
  }
});

test('matchesOf starts from the beginning whatever lastIndex was, and leaves it at 0', () => {
  const pattern = /a/g;
  pattern.lastIndex = 2;
  assert.deepEqual(spans(matchesOf(pattern, 'aaa')), [
    [0, 'a'],
    [1, 'a'],
    [2, 'a'],
  ]);
  assert.equal(pattern.lastIndex, 0);
});

test('matchesOf refuses a pattern without the g flag, as matchAll does', () => {
  assert.throws(() => matchesOf(/a/, 'a'), TypeError);
});

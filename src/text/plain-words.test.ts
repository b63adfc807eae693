import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indefiniteArticle, sameWords } from './plain-words.ts';

test('the article goes by how the number is said: an 8, an 11, an 18, an 80, a 7, a 1', () => {
  for (const value of [8, 11, 18, 80, 85]) assert.equal(indefiniteArticle(value), 'an', String(value));
  for (const value of [0, 1, 2, 7, 9, 10, 12, 28, 100])
    assert.equal(indefiniteArticle(value), 'a', String(value));
});

test('the same words whatever the quotes, case and punctuation', () => {
  assert.ok(sameWords('"Say to yourself, quietly, the one thing."', 'say to yourself quietly the one thing'));
  assert.ok(!sameWords('Open the file.', 'Open the folder.'));
});

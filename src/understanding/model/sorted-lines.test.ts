import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { linesAreSorted, sortedLines } from './sorted-lines.ts';

test('the lookup finds every line of a sorted list at its row, and nothing else', () => {
  const names = ['', 'a', 'a b', 'ab', 'b:é', 'c: ti', 'w:die', 'w:tired', 'z'];
  const lookup = sortedLines(`${names.join('\n')}\n`);
  assert.equal(lookup.size, names.length);
  names.forEach((name, row) => {
    assert.equal(lookup.get(name), row, name);
  });
  for (const missing of ['0', 'a ', 'aa', 'b', 'c: t', 'w:tiredness', 'zz', '\n'])
    assert.equal(lookup.get(missing), undefined, missing);
  const grown = sortedLines(names.join('\n'), 1);
  assert.equal(grown.size, names.length, 'a short guess of the count grows');
  assert.equal(grown.get('z'), names.length - 1);
  assert.equal(sortedLines('').size, 0);
  assert.equal(sortedLines('only').get('only'), 0, 'no final newline');
});

test('the shipped feature list is sorted, so every name is found at its line', () => {
  const text = readFileSync(new URL('./understanding-features.txt', import.meta.url), 'utf8');
  assert.ok(linesAreSorted(text));
  const lookup = sortedLines(text);
  const names = text.split('\n').slice(0, -1);
  assert.equal(lookup.size, names.length);
  names.forEach((name, row) => {
    assert.equal(lookup.get(name), row, name);
  });
});

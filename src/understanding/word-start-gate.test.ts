import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { hasWordAtStart } from './word-start-gate.ts';

const WORDS = ['did', 'done', 'opened', 'set', 'read'];
const WORD_SET = new Set(WORDS);
// the shape the gate stands in for: progress.ts's DONE, cut down
const SHAPED = new RegExp(
  `(?:\\bi(?:'ve|\\s+have)?\\s+(?:just\\s+)*|^(?:just\\s+|ok\\s+)?)(?:${WORDS.join('|')})\\b`,
);

test('finds a listed word at the start, after a space, before punctuation', () => {
  assert.equal(hasWordAtStart('opened it', WORD_SET), true);
  assert.equal(hasWordAtStart("i've  done, finally", WORD_SET), true);
  assert.equal(hasWordAtStart('i did.', WORD_SET), true);
});

test('a listed word inside a longer word or after punctuation is no hit', () => {
  assert.equal(hasWordAtStart('i settled it, ready now', WORD_SET), false);
  assert.equal(hasWordAtStart('didnt (opened', WORD_SET), false);
  assert.equal(hasWordAtStart('', WORD_SET), false);
});

test('is never false where a pattern of that shape matches', () => {
  const piece = fc.constantFrom(...WORDS, 'i', "i've", 'have', 'just', 'ok', 'it', 'settled', 'x');
  const gap = fc.constantFrom(' ', '  ', '\t', ',', '.', "'", '(', '', '\u00a0');
  const text = fc
    .array(fc.tuple(piece, gap), { maxLength: 8 })
    .map((parts) => parts.map(([word, between]) => word + between).join(''));
  fc.assert(
    fc.property(text, (sample) => !SHAPED.test(sample) || hasWordAtStart(sample, WORD_SET)),
    { numRuns: 3000 },
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countWords, normalizeSentence, splitSentences } from './sentences.ts';

test('normalises case, curly quotes and punctuation so repeats are found', () => {
  assert.equal(normalizeSentence('You’re really close.'), normalizeSentence("you're REALLY close!"));
  assert.notEqual(normalizeSentence('30 seconds.'), normalizeSentence('40 seconds.'));
});

test('splits sentences and keeps a quoted cue whole', () => {
  assert.deepEqual(splitSentences('I’ll say it now: “Look at the cursor.” Then rest. Ready?'), [
    'I’ll say it now: “Look at the cursor.”',
    'Then rest.',
    'Ready?',
  ]);
});

test('counts words with apostrophes as one', () => {
  assert.equal(countWords("You're doing it, one click."), 5);
});

test('does not split inside file names and version numbers', () => {
  assert.deepEqual(splitSentences('Open main.py now. Then check v2.1 of the draft… Done!'), [
    'Open main.py now.',
    'Then check v2.1 of the draft…',
    'Done!',
  ]);
});

test('the ASCII fast path normalises exactly as the Unicode path does', () => {
  const unicodePath = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
      .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ019 \'.,!?-_\t\n"()'.split('')) }), (text) => {
      assert.equal(normalizeSentence(text), unicodePath(text));
    }),
    { numRuns: 3000 },
  );
  // every ASCII character, controls included, and apostrophes at edges and beside digits
  const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...ascii, "'", "'", 'a', 'Z', '7', ' ') }), (text) => {
      assert.equal(normalizeSentence(text), unicodePath(text));
    }),
    { numRuns: 5000 },
  );
  for (const text of ["'tis", "rock 'n' roll", "don't'", "a'1", "1'a", "''", "it's  OK!!", '  ', ''])
    assert.equal(normalizeSentence(text), unicodePath(text), JSON.stringify(text));
});

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
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldForRisk } from './risk-normalize.ts';

// a non-ASCII character at the end sends the text down the character-by-character fold; the plain
// ASCII fast path must give exactly what that fold gives for the characters before it
const slowly = (text: string) => {
  const folded = foldForRisk(`${text}\u00e9`);
  return { text: folded.text.slice(0, -1), origin: [...folded.origin.slice(0, -2), text.length] };
};

test('plain ASCII folds as the character-by-character fold does', () => {
  const unit = fc.constantFrom(
    'a',
    'A',
    'b',
    'l',
    'L',
    ' ',
    '`',
    "'",
    '\t',
    '\n',
    '\r',
    '.',
    '!',
    '1',
    'z',
    'Z',
  );
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
      assert.deepEqual(foldForRisk(text), slowly(text));
    }),
    { numRuns: 2000, seed: 7 },
  );
  for (const text of ['I WANT TO DIEEE', 'killl me', 'soo tired\tof `this`', 'AAa bbB', ''])
    assert.deepEqual(foldForRisk(text), slowly(text));
});

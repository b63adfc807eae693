import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createKeywordScanner } from './keyword-scan.ts';

const live = (scanner: ReturnType<typeof createKeywordScanner>, text: string) => [...scanner.scan(text)];

test('finds keywords that overlap or sit inside one another', () => {
  const scanner = createKeywordScanner([['kill'], ['kil'], ['he'], ['she'], ['ill']]);
  assert.deepEqual(live(scanner, 'she will kill'), [1, 1, 1, 1, 1]);
  assert.deepEqual(live(scanner, 'kil'), [0, 1, 0, 0, 0]);
  assert.deepEqual(live(scanner, 'shell'), [0, 0, 1, 1, 0]);
});

test('a keyword at the very start or end of the text is found', () => {
  const scanner = createKeywordScanner([['burden'], ['myself']]);
  assert.deepEqual(live(scanner, 'burden on everyone, myself'), [1, 1]);
  assert.deepEqual(live(scanner, 'burde myselg'), [0, 0]);
});

test('an ungated group is always live, even on empty text', () => {
  const scanner = createKeywordScanner([null, ['nudge']]);
  assert.deepEqual(live(scanner, ''), [1, 0]);
});

test('characters no keyword uses (emoji, other scripts) reset the match instead of breaking it', () => {
  const scanner = createKeywordScanner([['chest pain'], ['é']]);
  assert.deepEqual(live(scanner, 'chest 😀 pain, chest pain'), [1, 0]);
  assert.deepEqual(live(scanner, 'chest😀pain café'), [0, 1]);
});

test('agrees with String.includes on any text and keyword set', () => {
  const alphabet = fc.constantFrom('a', 'b', 'c', ' ', "'", 'é');
  const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(
      fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
      fc.string({ unit: fc.oneof(alphabet, fc.constantFrom('x', '😀')), maxLength: 40 }),
      (groups, text) => {
        const expected = groups.map((group) => (group.some((keyword) => text.includes(keyword)) ? 1 : 0));
        assert.deepEqual(live(createKeywordScanner(groups), text), expected);
      },
    ),
    { numRuns: 500, seed: 11 },
  );
});

test('a long keyword is found where it occurs (it may be cut, never missed)', () => {
  const scanner = createKeywordScanner([['better off without me around'], ['no one would miss me']]);
  assert.deepEqual(live(scanner, 'they would all be better off without me around'), [1, 0]);
});

test('a case-blind scanner reads capitals and curly apostrophes as the keywords do', () => {
  const scanner = createKeywordScanner([["what's"], ['dose']], {
    asciiCaseInsensitive: true,
    sameAs: { '\u2019': "'" },
  });
  assert.deepEqual([...scanner.scan('WHAT\u2019S the DOSE')], [1, 1]);
  assert.deepEqual([...createKeywordScanner([['dose']]).scan('DOSE')], [0]);
});

test('a scan reads only the first `length` code units', () => {
  const scanner = createKeywordScanner([['dose']]);
  assert.deepEqual([...scanner.scan('my dose', 5)], [0]);
  assert.deepEqual([...scanner.scan('my dose', 7)], [1]);
});

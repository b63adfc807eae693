import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { aboutFromSubject, findSubjects, isNegated } from './risk-context.ts';

const WORDS = [
  'my',
  'friend',
  'best',
  'he',
  'she',
  'i',
  "i'm",
  'me',
  'said',
  'mum',
  "son's",
  'a',
  'of',
  'mine',
];
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ', ', ' - ', '_')), { maxLength: 14 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''));

test("whose risk: the sentence's subjects found once read like a scan of the words before the match", () => {
  fc.assert(
    fc.property(sentence, fc.constantFrom('wants to die', 'kill herself', 'end it'), (before, match) => {
      // a risk match starts after a character that is not a letter, digit or apostrophe
      if (/[a-z0-9']$/.test(before)) return;
      const whole = `${before}${match} and my brother ${match}`;
      const once = aboutFromSubject(match, whole, before.length, findSubjects(whole));
      const scanned = aboutFromSubject(match, before, before.length, findSubjects(before));
      assert.equal(once, scanned);
    }),
    { numRuns: 2000, seed: 3 },
  );
});

test('a subject running across the match is read from the words before it alone', () => {
  // "my … friend" spans the match in the whole sentence; before the match only "my" stands
  const whole = 'my kill myself friend';
  assert.equal(aboutFromSubject('kill', whole, 3, findSubjects(whole)), 'self');
});

test('negation is read from the last five words of a long clause as from a short one', () => {
  const filler = 'and then '.repeat(2000);
  assert.equal(isNegated(`${filler}i would never `), true);
  assert.equal(isNegated(`i would never ${filler}`), false);
  assert.equal(isNegated('   '), false);
});

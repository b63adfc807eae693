import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../understanding/index.ts';
import { wordsToSay } from './words-to-say.ts';

// (whether an ask wants the words is read by understanding on the ask's own words: request-asked.ts)
const wanted = (text: string) => {
  for (const item of understand(text))
    if (item.kind === 'request' && item.wordsWanted) return item.wordsWanted;
  return undefined;
};

test('an ask for what to say, with money brought, gets a line to say', () => {
  const words = wordsToSay(wanted('just tell me what to actually say when they pick up'), ['money']);
  assert.equal(words?.script, 'said');
  assert.match(words?.line ?? '', /payment plan/);
});

test('an ask for what to write gets a line to write', () => {
  assert.equal(wordsToSay(wanted('what do i even write to my manager'), ['work-stress'])?.script, 'written');
});

test('no words without an ask for them, or without a situation to build them from', () => {
  assert.equal(wordsToSay(wanted('just tell me what to do'), ['money']), undefined);
  assert.equal(wordsToSay(wanted('what do i say to her'), ['loneliness']), undefined);
});

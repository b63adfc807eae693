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
  assert.match(words?.line ?? '', /money is really tight/);
});

test('an ask for what to write gets a line to write', () => {
  assert.equal(wordsToSay(wanted('what do i even write to my manager'), ['work-stress'])?.script, 'written');
});

test('no words without an ask for them; with no situation, an opening they finish, never another script', () => {
  assert.equal(wordsToSay(wanted('just tell me what to do'), ['money']), undefined);
  const opening = wordsToSay(wanted('what do i say to her'), ['loneliness']);
  assert.equal(opening?.opens, true);
  assert.doesNotMatch(opening?.line ?? '', /payment|appointment|workload|application/);
});

test('a task that names the thing gets its own line', () => {
  assert.match(wordsToSay('written', ['money'], 'the invoices')?.line ?? '', /invoice/);
});

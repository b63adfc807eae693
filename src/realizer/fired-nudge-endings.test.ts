import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cueKind } from './fired-nudge-endings.ts';

test('a reminder’s own words are read as a thing to do, a kind word, or a fact', () => {
  const cases: [string, string][] = [
    ['The car is parked on level 3.', 'fact'],
    ["it's bin day", 'fact'],
    ['Grandma is coming at 4.', 'fact'],
    ["You're allowed to rest.", 'about-you'],
    ['I am enough', 'about-you'],
    ['You need to call the bank.', 'action'],
    ['You have a form to send.', 'action'],
    ['Stretch your back.', 'action'],
    ["Don't open the news.", 'action'],
  ];
  for (const [words, kind] of cases) assert.equal(cueKind(words), kind, words);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const assents = (text: string) => understand(text).filter((item) => item.kind === 'assent').length;

test('a yes said to wave the words away is not an assent', () => {
  // the lead saw the first read as a yes to the check-in question
  for (const text of [
    'yeah yeah thats what everyone says',
    'yeah right',
    'ok whatever',
    'sure, if you say so',
    "yes that's what they all tell me",
  ])
    assert.equal(assents(text), 0, text);
});

test('a plain yes or agreement still is', () => {
  for (const text of ['yeah', 'yes', 'ok sounds good', 'yeah yeah ill do it', 'sure, right after lunch'])
    assert.equal(assents(text), 1, text);
});

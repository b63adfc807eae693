/**
 * The steps for a letter come in the post name their letter, never a bill or a date (src/steps/ladders.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ladderFor } from './ladders.ts';

test("a letter's steps open it and read a line; many letters are opened one at a time", () => {
  const ladder = ladderFor('other', 'these pension letters');
  assert.ok(ladder.some((step) => step.text === 'open one of these pension letters and read the first line'));
  assert.ok(ladder.every((step) => !/\b(?:bill|date|debt)\b/.test(step.text)));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTherapistTurn } from './read-therapist-turn.ts';

test('an idea offered as one of several is a suggestion, so "why would that help?" is push-back to it', () => {
  for (const text of [
    'One idea is to write down what you want to say before you call, like a little script.',
    "One thing some people find useful is getting up if you're not asleep after 20 minutes.",
  ])
    assert.ok(readTherapistTurn(text).suggestion, text);
});

test('a question about their world is no suggestion', () => {
  assert.equal(readTherapistTurn('What happens when you go to bed?').suggestion, undefined);
});

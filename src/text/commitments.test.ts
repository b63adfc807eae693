import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOffPlanPromise, isPromise } from './commitments.ts';

test('promises of a later act are read, in any of the usual forms', () => {
  for (const sentence of [
    "I'll remind you after a minute.",
    'I will check in with you in 30 seconds.',
    'I’m going to nudge you when the timer ends.',
    "i'll nudge you in 2 minutes",
    "I've set a reminder for you.",
    "You'll get a nudge in a minute.",
    'The reminder is set.',
  ])
    assert.ok(isPromise(sentence), sentence);
});

test('what is not a promise is not read as one', () => {
  for (const sentence of [
    "I can't change what happened with your job, but I can help you think it through.",
    'Let me check I have it: you lost your job.',
    'You can remind yourself later.',
    "I'll be honest, that sounds hard.",
  ])
    assert.ok(!isPromise(sentence), sentence);
});

test('promises on other channels or days are off any plan', () => {
  assert.ok(isOffPlanPromise("I'll email you tomorrow."));
  assert.ok(!isOffPlanPromise("I'll nudge you in a minute."));
});

test('the word "ill" is no promise: a reflection of someone who got ill is not one', () => {
  const reflection =
    "What I hear is that you have been avoiding dad since he got ill, she'll just twist whatever you say.";
  assert.equal(isPromise(reflection), false);
  assert.equal(isOffPlanPromise('Since he got ill it has been hard, tomorrow too.'), false);
  // typed without the apostrophe, right before the act, it still is one
  assert.equal(isPromise('ill remind you in a minute'), true);
});

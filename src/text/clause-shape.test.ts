import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHabitual, isPrediction } from './clause-shape.ts';

test('something done again and again is habitual', () => {
  for (const clause of [
    'i go home and replay everything i said',
    'I walk past them every morning and feel quite sick',
    'i check his story every night',
    'i just lie there',
  ])
    assert.equal(isHabitual(clause), true, clause);
});

test('views, wishes, past events and states are not habitual', () => {
  for (const clause of [
    'i think she hates me',
    'I want to write to her',
    'i tried it once',
    "I'm so tired",
    'i',
  ])
    assert.equal(isHabitual(clause), false, clause);
});

test('what someone is expected to do is a prediction', () => {
  for (const clause of [
    "she'll see there's nothing there",
    'people will think i just abandoned them',
    'theyd just say im making excuses',
    "i'll ruin it",
  ])
    assert.equal(isPrediction(clause), true, clause);
});

test('intentions, wishes and the safety words are not predictions', () => {
  for (const clause of [
    "i'll do it tomorrow",
    'it would be easier if i was not around',
    'I want to write to her',
    'she said no',
  ])
    assert.equal(isPrediction(clause), false, clause);
});

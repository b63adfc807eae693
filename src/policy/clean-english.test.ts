import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCleanEnglish } from './clean-english.ts';

test('a plain clause can be said back', () => {
  assert.ok(isCleanEnglish('my firm offer is conditional on passing'));
  assert.ok(isCleanEnglish("I can't go in the kitchen when they are there"));
  assert.ok(isCleanEnglish('this thing has been on my mind'));
});

test('fillers, cut-off clauses and learner grammar are heard, not echoed', () => {
  assert.equal(isCleanEnglish('ye you know'), false);
  assert.equal(isCleanEnglish('in this you are not'), false);
  assert.equal(isCleanEnglish("it's like I'm the parent"), false);
  assert.equal(isCleanEnglish('sometime I feel I am nobody'), false);
  assert.equal(isCleanEnglish('my english for this forms is not so good'), false);
  assert.equal(isCleanEnglish('I buy the book 2 months ago'), false);
  assert.equal(isCleanEnglish('so if i fail is finish'), false);
  assert.equal(isCleanEnglish('I want to ask but'), false);
  assert.equal(isCleanEnglish('i am engineer and i do hard things'), false);
  assert.ok(isCleanEnglish('i am a nurse and i do hard things'));
  assert.ok(isCleanEnglish('i am a good mother most days'));
  assert.equal(isCleanEnglish('i feel bad mother because i wait'), false);
  assert.equal(isCleanEnglish('my teacher said that too but what if this judge is different'), false);
  assert.equal(isCleanEnglish('I cried in the chair n the dentist was rude'), false);
});

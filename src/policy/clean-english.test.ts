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

test('learner grammar and emphasis of other shapes are not echoed', () => {
  assert.equal(isCleanEnglish('in my last one the dentist say to me what happened here'), false);
  assert.equal(isCleanEnglish('My wife cook for all family'), false);
  assert.equal(isCleanEnglish('he go to work at six'), false);
  assert.ok(isCleanEnglish('I heard the dentist say it was fine'));
  assert.ok(isCleanEnglish('did my wife say something to you'));
  assert.ok(isCleanEnglish('the kids go to bed at eight'));
  assert.ok(isCleanEnglish('my boss says I am slow'));
  assert.equal(isCleanEnglish('I am studying 10 hour every day'), false);
  assert.ok(isCleanEnglish('I am studying 10 hours every day'));
  assert.ok(isCleanEnglish('I did a 10 hour shift today'));
  assert.equal(isCleanEnglish('but my writing not improve'), false);
  assert.ok(isCleanEnglish('my writing did not improve'));
  assert.equal(isCleanEnglish('I know also the weakness of my research'), false);
  assert.equal(isCleanEnglish("i don't want to try again i want that one"), false);
  assert.ok(isCleanEnglish("i don't want to try again, i want that one"));
  assert.equal(isCleanEnglish("i KNOW that's why i'm freaking out"), false);
  assert.ok(isCleanEnglish('I failed my IELTS writing twice'));
  assert.equal(isCleanEnglish('I already do half the job sha'), false);
  assert.equal(isCleanEnglish('feels like i lost my best mate'), false);
  assert.equal(isCleanEnglish('IT WAS FINE'), false);
  assert.ok(isCleanEnglish('i check my pulse like 20 times a day now'));
  assert.ok(isCleanEnglish('my mum does the school run'));
  assert.ok(isCleanEnglish('I missed the phone call again'));
  assert.ok(isCleanEnglish("Now I can't do a step-up without wincing"));
});

test('tag questions, bare verbs after want, bare time spans and bare countable nouns are not said back', () => {
  assert.equal(isCleanEnglish("it's not about me is it"), false);
  assert.equal(isCleanEnglish('i dont want go out'), false);
  assert.equal(isCleanEnglish('3 years i am patient'), false);
  assert.equal(isCleanEnglish('without it i fall asleep on chair and lose job'), false);
  assert.equal(isCleanEnglish('yes i know doctor'), false);
  assert.equal(isCleanEnglish('i want to go out'), true);
  assert.equal(isCleanEnglish('i need to see the doctor'), true);
  assert.equal(isCleanEnglish('i have been patient for 3 years'), true);
  assert.equal(isCleanEnglish('i fell asleep on the bus again'), true);
});

test('a role with no article after "is", and everyone or a singular subject with a bare verb, are not said back', () => {
  // (round 16 lead classes: "your mother is teacher so everyone expect 100", "your son wait for this money")
  assert.equal(isCleanEnglish('my mother is teacher so everyone expect 100'), false);
  assert.equal(isCleanEnglish('my son wait for this money'), false);
  assert.equal(isCleanEnglish('nobody listen to me at home'), false);
  assert.equal(isCleanEnglish('my mother is a teacher so everyone expects 100'), true);
  assert.equal(isCleanEnglish('my son waits for this money'), true);
  assert.equal(isCleanEnglish('did everyone expect me to just cope'), true);
  assert.equal(isCleanEnglish('the kids live with their dad now'), true);
});

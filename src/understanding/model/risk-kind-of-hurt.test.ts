import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reading } from '../testing/own-risk-reading.ts';
import { kindOfHurt } from './risk-kind-of-hurt.ts';

test('being hurt by others is the safety question, never the suicide one', () => {
  assert.equal(
    kindOfHurt('ye they threw it on the roof of the bike shed and everyone laughed', 'suicide'),
    'abuse',
  );
  assert.equal(kindOfHurt('ye. took my bag and threw it on the bus roof', 'suicide'), 'abuse');
  assert.equal(kindOfHurt('the boys at school keep shoving me in the corridor', 'self-harm'), 'abuse');
  // a word of an ending beside it keeps the model's type: the suicide question is still asked
  assert.equal(kindOfHurt('they threw my bag on the roof again. i just want to die', 'suicide'), 'suicide');
  assert.equal(
    kindOfHurt('everyone laughed at me. they would be better off without me', 'suicide'),
    'suicide',
  );
});

test('a body sign is the emergency question, never the suicide one', () => {
  assert.equal(kindOfHurt('my heart did the weird skipping thing again', 'self-harm'), 'medical-emergency');
  assert.equal(kindOfHurt('chest is tight and i cant breathe properly', 'suicide'), 'medical-emergency');
  // "number" is no numbness; an overdose is no body sign alone
  assert.equal(kindOfHurt("i'm frightened i'll put a number in the wrong box", 'suicide'), 'suicide');
  assert.equal(kindOfHurt('took all my tablets and now i feel dizzy', 'suicide'), 'suicide');
  // the model's other types are left as they are
  assert.equal(kindOfHurt('he hit me again', 'harm-to-others'), 'harm-to-others');
});

test('through the reader: a bullying report asks about safety, a real disclosure beside it still flags', () => {
  assert.equal(
    reading('ye they threw it on the roof of the bike shed and everyone laughed'),
    'abuse/possible',
  );
  assert.equal(
    reading('they threw my bag on the roof again and everyone laughed. i want to kill myself'),
    'suicide/clear',
  );
  assert.equal(reading('im on the roof of my building. its high enough'), 'suicide/clear');
});

test("the lead's pairs: bullying with a wish to die stays suicide, chest pain with pills taken stays clear", () => {
  assert.equal(reading('they keep bullying me at school and i want to die'), 'suicide/possible');
  assert.equal(reading('my chest hurts so bad. i took all my pills'), 'suicide/clear');
  assert.equal(kindOfHurt('they keep bullying me at school and i want to die', 'suicide'), 'suicide');
  assert.equal(kindOfHurt('my chest hurts so bad. i took all my pills', 'suicide'), 'suicide');
});

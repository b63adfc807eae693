import assert from 'node:assert/strict';
import { test } from 'node:test';
import { therapistAskedSafety } from './therapist-asked-safety.ts';

test("another supporter's check-in question is heard as asked", () => {
  for (const text of [
    'When you say you feel in the way, are you having thoughts of ending your life?',
    'I want to ask plainly: are you thinking about killing yourself?',
    'That sounds heavy. Are you safe right now?',
    'Are you feeling suicidal at the moment?',
  ])
    assert.ok(therapistAskedSafety(text), text);
});

test('an ordinary supporter turn is not a check-in', () => {
  for (const text of [
    'What would make the form feel smaller?',
    'Are you safe to drive after a night shift like that, or do you take a taxi?',
    'How did you feel after the call with your son?',
  ])
    assert.equal(therapistAskedSafety(text), false, text);
});

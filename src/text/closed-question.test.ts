import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closedQuestionOf } from './closed-question.ts';

test('a plain yes/no question is turned round into what each bare answer means, in their voice', () => {
  assert.deepEqual(closedQuestionOf('Do you think they forgot?'), {
    yes: 'I think they forgot',
    no: "I don't think they forgot",
    unsure: "I'm not sure whether they forgot",
  });
  assert.deepEqual(closedQuestionOf('Is it the cost?'), {
    yes: "it's the cost",
    no: "it isn't the cost",
    unsure: "I'm not sure whether it's the cost",
  });
  assert.equal(
    closedQuestionOf('did u tell your boss about the socket thing?')?.no,
    "I didn't tell my boss about the socket thing",
  );
  assert.equal(closedQuestionOf('so did u upload the video?')?.no, "I didn't upload the video");
  assert.equal(closedQuestionOf('Have you apologised?')?.yes, "I've apologised");
  assert.equal(closedQuestionOf('Are you angry with her?')?.no, "I'm not angry with her");
});

test('a "yes" that would read wrong ("I did send any of them") is not offered; the "no" still is', () => {
  const turned = closedQuestionOf('did you send any of the booking emails?');
  assert.equal(turned?.yes, undefined);
  assert.equal(turned?.no, "I didn't send any of the booking emails");
});

test('questions that are not plain yes/no, or speak of the helper, are not turned', () => {
  for (const question of [
    'What feels hardest about it right now?',
    'Is it the cost or the time?',
    'Could you do one section a day?',
    'have you tried the pomodoro thing we talked about?',
    'Do you want me to suggest something?',
    'Do you know what you want to take?',
    'Is there anyone at school you get on with?',
    'Would it help to write it down?',
    'That sounds hard.',
    undefined,
  ])
    assert.equal(closedQuestionOf(question), undefined, question);
});

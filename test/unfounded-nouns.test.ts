/**
 * The unfounded-noun check (scripts/unfounded-nouns.ts): a step or topic question's words that the
 * conversation never used are found; step vocabulary and words the person said are not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stepsAndTopicQuestions, unfoundedWords } from '../scripts/unfounded-nouns.ts';

test('a bill never mentioned is found; the letter they named is not', () => {
  const conversation = ['i keep getting these pension letters', 'What do they say?', 'no idea'];
  assert.deepEqual(
    unfoundedWords('write down the one bill that worries you most, and its date', conversation),
    ['bill', 'date'],
  );
  assert.deepEqual(unfoundedWords('open the pension letter and read the first line', conversation), []);
});

test('plurals and verb endings meet their stems', () => {
  assert.deepEqual(unfoundedWords('Which exam worries you most?', ['my exams are soon']), []);
  assert.deepEqual(unfoundedWords('Which exam worries you most?', ['my driving test is soon']), ['exam']);
});

test('steps come from step moves, questions only when a topic question was asked', () => {
  const step = { text: 'write one line of the message', size: 60, rung: 3 };
  assert.deepEqual(
    stepsAndTopicQuestions([{ type: 'propose-step', step }], 'Write one line of the message.'),
    ['write one line of the message'],
  );
  assert.deepEqual(
    stepsAndTopicQuestions(
      [{ type: 'open-question', about: 'next-thing', topic: 'exams' }],
      'That sounds hard. Which exam worries you most?',
    ),
    ['Which exam worries you most?'],
  );
  assert.deepEqual(
    stepsAndTopicQuestions([{ type: 'open-question', about: 'more' }], 'Can you tell me more?'),
    [],
  );
});

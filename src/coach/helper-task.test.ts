import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from '../understanding/index.ts';
import { helperNamedTask, helperNamedTopics } from './helper-task.ts';

test('a concrete thing a helper names is the task', () => {
  assert.match(helperNamedTask(understand("how's the benefits form going?"))?.object ?? '', /form/);
  assert.match(
    helperNamedTask(understand('Is there an online form you could use instead?'))?.object ?? '',
    /form/,
  );
  assert.match(
    helperNamedTask(understand('How is the cover letter coming along?'))?.object ?? '',
    /cover letter/,
  );
});

test('post a helper names is opened and looked at, not typed into', () => {
  assert.deepEqual(helperNamedTask(understand("so last time we said you'd open the mail from the bank")), {
    domain: 'other',
    object: 'the mail',
  });
});

test('loose nouns a helper says in passing are not a task', () => {
  for (const text of [
    'Have you been able to report it to the council?',
    "How's the studying going?",
    'It can feel like a whole new chapter.',
    'How is revision going?',
  ])
    assert.equal(helperNamedTask(understand(text)), undefined, text);
});

test("a helper's question names the situation only for a baby, caring or a home", () => {
  assert.deepEqual(helperNamedTopics(understand('how are you doing with the baby?')), ['new-baby']);
  assert.deepEqual(helperNamedTopics(understand('Money worries are so common, have you made a budget?')), []);
});

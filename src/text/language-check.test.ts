import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReply, sharesContentWord } from './language-check.ts';

const kinds = (text: string, personWords?: string) => checkReply(text, { personWords }).map((d) => d.kind);

test('the defects the issue names are each found', () => {
  assert.deepEqual(kinds('Next, find the task, on paper or on your screen.'), ['placeholder']);
  assert.deepEqual(kinds('Rate it, a 8 out of 10.'), ['article']);
  assert.deepEqual(kinds('Take just just one breath.'), ['repeated-word']);
  assert.ok(kinds('Your family matters to you matters to you.').includes('repeated-phrase'));
  assert.deepEqual(kinds('Say "look at it.'), ['quotes']);
  // paired by position: a quote opened inside a cut clause, then a whole quoted word later
  assert.deepEqual(
    kinds('You looked at things like "warehouse operative, and that "failure" thought" is loud.'),
    ['quotes'],
  );
  assert.deepEqual(kinds('Ads like "warehouse operative, and the "failure" voice.'), ['quotes']);
  assert.deepEqual(kinds('I\'ll nudge you: "Say \'hi\' to her." Then "open it".'), []);
  assert.deepEqual(kinds(''), ['empty']);
  assert.deepEqual(kinds('Okay , breathe.'), ['punctuation']);
});

test('a/an follows the sound, not the letter', () => {
  assert.deepEqual(kinds('An hour, a university, an 8, an email, a one-line note.'), []);
  assert.deepEqual(kinds('That is an big step.'), ['article']);
});

test('a value said back must come from the person’s own words', () => {
  assert.deepEqual(kinds('Your family matters to you.', 'I care about my family'), []);
  assert.deepEqual(kinds('Doing good work matters to you.', 'I lost my job'), ['unfounded-value']);
});

test('a clean, plain reply has no defect', () => {
  assert.deepEqual(kinds("You can't even get yourself to open it. What happens when you try?"), []);
});

test('content-word overlap sees the person’s words in the reply', () => {
  assert.ok(sharesContentWord('You lost your job last week.', 'I lost my job last week'));
  assert.ok(!sharesContentWord('How heavy does it feel?', 'I lost my job'));
});

test('a single quote closed with none opened is a defect; a plural possessive is not (fresh v32)', () => {
  assert.deepEqual(kinds("So you can tell brass from copper' put that on your cv."), ['quotes']);
  assert.deepEqual(kinds("It's in the kids' room now."), []);
  assert.deepEqual(kinds("You said 'descriptive' and it stung."), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { degreeAnswer, echoQuestion, echoTail } from './echo-question.ts';
import { createRandom } from './prng.ts';

test('a question is picked up from its "about", turned to the client side', () => {
  assert.equal(echoTail('What worries you most about your exams coming up?'), 'about my exams coming up');
  assert.equal(
    echoTail('How do you feel about cutting back on drinking now?'),
    'about cutting back on drinking',
  );
  assert.equal(echoTail('When do you find yourself snacking the most?'), 'snacking the most');
  assert.equal(echoTail('How have the evenings been with your flatmate lately?'), 'my flatmate');
});

test('nothing is echoed that would read as a seam or turn round wrongly', () => {
  // (a bare time word, a condition, a verb run-on, the counsellor speaking of itself)
  assert.equal(echoTail('Is there something you want to talk about today?'), undefined);
  assert.equal(echoTail('What would it mean to you if you were able to stop?'), undefined);
  assert.equal(echoTail('Does it mostly feel okay?'), undefined);
  assert.equal(echoTail('Would it help if I told you about my other clients?'), undefined);
  assert.equal(
    echoTail('Is there anything you would like to talk about, maybe your sleep?'),
    'about my sleep',
  );
});

test('a degree asked is answered in the asked word, by how ready they are', () => {
  const random = createRandom(3);
  assert.match(
    degreeAnswer('How confident are you that you could do it?', 8, random) ?? '',
    /^(pretty|quite|fairly|very) confident$/,
  );
  assert.match(
    degreeAnswer('how important is it to you?', 1, random) ?? '',
    /^not (very|that|really) important$/,
  );
  assert.equal(degreeAnswer('How often do you go out?', 5, random), undefined);
});

test('no question, no echo; a degree answer is whole, a tail only leads in', () => {
  const random = createRandom(9);
  assert.equal(echoQuestion(undefined, 5, random), undefined);
  assert.equal(echoQuestion('how ready are you?', 5, random)?.whole, true);
  const lead = echoQuestion('what bothers you about the commute?', 5, random);
  assert.equal(lead?.whole, false);
  assert.match(lead?.text ?? '', /about the commute/);
});

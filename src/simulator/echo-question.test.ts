import assert from 'node:assert/strict';
import { test } from 'node:test';
import { degreeAnswer, echoQuestion } from './echo-question.ts';
import { createRandom } from './prng.ts';

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

test('no question, a question about harm, or no degree asked: no echo', () => {
  const random = createRandom(9);
  assert.equal(echoQuestion(undefined, 5, random), undefined);
  assert.equal(echoQuestion('how ready are you?', 5, random)?.whole, true);
  // (a degree in a question about harm is still not said back)
  assert.equal(echoQuestion('how serious are you about ending your life?', 5, random), undefined);
  assert.equal(echoQuestion('what bothers you about the commute?', 5, random), undefined);
});

/**
 * A topic word said as a place, a time or in a sign-off reads as 'passing' (src/understanding/topic-strength.ts);
 * the same word said as the trouble stays stated. And topics read from one word that meant something else
 * (a horse's colic, a pub's bar, a grandchild's birth) are not read (src/understanding/life-topics.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepare } from './analyse-prepare.ts';
import { readLifeTopics } from './life-topics.ts';
import { normalise } from './normalise.ts';

function topicsOf(text: string) {
  return readLifeTopics(prepare(normalise(text).text)).map((item) => ({
    topic: item.topic,
    strength: item.strength ?? 'stated',
  }));
}

test('work said as where they will be, or in a sign-off, is a passing word', () => {
  for (const text of [
    'anyway i gotta be at work at 4am so',
    'ok anyway, i need sleep, at work tomorrow',
    "i'll be at work till 10 tonight",
    'heading back to the hospital now',
    'At work I translate contracts all day, and nobody has to hear my voice.',
  ])
    assert.equal(topicsOf(text)[0]?.strength, 'passing', text);
});

test('work said as the trouble stays a stated topic', () => {
  for (const text of [
    'everything at work is piling up and i cant keep up',
    'my boss keeps emailing me at midnight',
    'things at work are awful right now',
    'i got laid off last week',
  ])
    assert.equal(topicsOf(text)[0]?.strength, 'stated', text);
});

test("a horse's colic and a grandchild to visit are no new baby of theirs", () => {
  for (const text of [
    'we put down an old gelding today. colic',
    'They want us to wait until the baby is 3 months before visiting.',
  ])
    assert.ok(!topicsOf(text).some((item) => item.topic === 'new-baby'), text);
  assert.ok(topicsOf('the baby wakes every two hours').some((item) => item.topic === 'new-baby'));
});

test('a fight at the bar is no exam; sitting the bar is', () => {
  assert.ok(!topicsOf('tourist drunk at 3am, fight at the bar').some((item) => item.topic === 'exams'));
  assert.ok(topicsOf('i am sitting the bar in july').some((item) => item.topic === 'exams'));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ladderFor } from '../steps/index.ts';
import { concreteSteps } from './rationale.ts';

test('with no task known, "just tell me what to do" gets the circling thoughts written down and one question', () => {
  const ladder = ladderFor('other', undefined);
  for (const step of ladder) {
    const steps = concreteSteps('general', step, undefined, false, true);
    assert.equal(steps.length, 2);
    // never a made-up task, nor a glass of water (a brush-off to someone who asked what to do)
    assert.match(steps[0], /^Write down what is going round in your head/);
    assert.doesNotMatch(steps.join(' '), /keep putting off|the task\b|glass of water/i);
    assert.match(steps[1], /which of them/i);
  }
});

test('a known task keeps its own step, timed when it is a block of work', () => {
  const ladder = ladderFor('other', 'the visa form');
  const steps = concreteSteps('general', ladder[2], 'the visa form', false, false);
  assert.match(steps[0], /visa form/);
  assert.match(steps[1], /timer/);
});

test('no rung of the no-task ladder stands in for a task', () => {
  for (const step of ladderFor('other', undefined))
    assert.doesNotMatch(step.text, /keep putting off|the one thing|the task\b/i);
});

test('a step for their situation is not timed: a shower or a message is done when it is done', () => {
  const shower = { text: 'hand the baby to someone for ten minutes and take a shower', size: 120, rung: 1 };
  assert.deepEqual(concreteSteps('general', shower, undefined, false), [
    'Hand the baby to someone for ten minutes and take a shower.',
    'Tell me how it went.',
  ]);
  const desk = { text: 'write a rough paragraph of the essay', size: 300, rung: 2 };
  assert.match(concreteSteps('general', desk, 'the essay', false).join(' '), /timer/);
});

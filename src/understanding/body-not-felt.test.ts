import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const parts = (text: string) =>
  understand(text).flatMap((observation) => (observation.kind === 'sensation' ? [observation.part] : []));
const risky = (text: string) => understand(text).some((observation) => observation.kind === 'risk');

test('a mark looked at on the skin is no felt part', () => {
  assert.deepEqual(parts('the doctor wants to look at a freckle on my shoulder that changed colour'), []);
  assert.deepEqual(parts('spotted a weird mole on my back in the mirror'), []);
});

test('a mark that itches or hurts is still felt', () => {
  assert.ok(parts('theres a rash on my neck thats really itchy').includes('neck'));
});

test('a near miss told as a story is no felt part', () => {
  assert.deepEqual(parts('the bread slicer nearly took my finger off today haha'), []);
  assert.deepEqual(parts('that goose almost had my hand off at the park'), []);
});

test('blood on the hands from a job is no felt part', () => {
  assert.deepEqual(parts('gutting fish all shift, blood on my hands the whole time'), []);
});

test('sickness said about a worry is no stomach', () => {
  assert.deepEqual(parts('i feel sick about the presentation on thursday'), []);
  assert.deepEqual(parts('feeling sick at the thought of the tax return'), []);
});

test('a stomach felt sick, not about a worry, is still read', () => {
  assert.ok(parts('i feel sick and my stomach keeps cramping').includes('stomach'));
});

test('each excluded phrase leaves a disclosure beside it read', () => {
  for (const text of [
    'nearly took my thumb off at work lol. honestly i want to kill myself',
    'found a mole on my back. i dont want to be alive anymore',
    'i feel sick about the exam and i have been cutting myself again',
    'blood on my hands from the butchers all day, and i want to end it all tonight',
  ])
    assert.ok(risky(text), text);
});

test('sick to the stomach named about a worry is still the stomach', () => {
  assert.ok(parts('honestly feel sick to my stomach about the tribunal').includes('stomach'));
});

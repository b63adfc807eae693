import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const medical = (text: string) =>
  understand(text).find(
    (observation) =>
      observation.kind === 'risk' &&
      observation.type === 'medical-emergency' &&
      observation.about !== 'other',
  );

const levelOf = (observation: ReturnType<typeof medical>) =>
  observation?.kind === 'risk' ? observation.level : undefined;

test('the red flags of a stroke, a bleed, sepsis or a poisoning are a clear emergency whoever has them', () => {
  for (const text of [
    "dad's mouth is drooping and he can't get his words out, his speech is slurred",
    'sudden blinding headache and i threw up',
    'the rash on her legs is not fading when i press the glass on it',
  ])
    assert.equal(levelOf(medical(text)), 'clear', text);
});

test('a child who swallowed pills or batteries is an emergency', () => {
  assert.ok(medical('my toddler got into the dishwasher tablets'));
  assert.ok(medical('think the baby swallowed a button battery'));
});

test('waters breaking and chest pain that lasts ask the check-in; nerves in the chest do not', () => {
  assert.ok(medical('i think my waters have gone and nobody is home'));
  assert.ok(medical('been getting chest pain since this morning, it goes into my jaw'));
  assert.equal(medical('my chest goes tight when i think about the exam'), undefined);
  assert.equal(medical('the waters were calm so we took the boat out'), undefined);
});

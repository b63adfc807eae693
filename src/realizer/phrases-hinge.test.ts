/**
 * The hinge's phrasings (src/realizer/phrases-hinge.ts): their words with person and agreement
 * changed inside our frame, the question about the hinge without their words again, and no sentence
 * at all for a hinge with nothing in its slot.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MoveOf } from '../spec/move.ts';
import type { HingeKind } from '../spec/observation.ts';
import { hingeQuestionUnits, hingeReflectionUnits } from './phrases-hinge.ts';

function reflection(hinge: HingeKind, text: string): MoveOf<'reflect-clause'> {
  return { type: 'reflect-clause', depth: 'hinge', hinge, clause: { text, span: [0, text.length] } };
}

test('the hinge is said back with person and agreement changed, in every candidate', () => {
  const [unit] = hingeReflectionUnits(reflection('feared-outcome', 'she will think im not trying'));
  assert.ok(unit && unit.candidates.length > 1);
  for (const candidate of unit?.candidates ?? [])
    assert.match(candidate, /she will think you're not trying\.$/);
});

test('a fear said as a doing is named without "that"', () => {
  const [unit] = hingeReflectionUnits(reflection('feared-outcome', 'losing my place on the team'));
  for (const candidate of unit?.candidates ?? []) {
    assert.match(candidate, /losing your place on the team/);
    assert.doesNotMatch(candidate, /that losing/);
  }
});

test('a question hidden in a statement is said as "whether", its dropped apostrophe put back', () => {
  const [unit] = hingeReflectionUnits(reflection('hidden-question', 'if its even worth it'));
  for (const candidate of unit?.candidates ?? []) assert.match(candidate, /whether it's even worth it/);
});

test('the question about a hinge does not say their words again', () => {
  const text = 'she will think im not trying';
  const units = hingeQuestionUnits({
    type: 'open-question',
    about: 'hinge',
    hinge: 'feared-outcome',
    clause: { text, span: [0, text.length] },
  });
  assert.equal(units.length, 1);
  for (const candidate of units[0]?.candidates ?? []) assert.doesNotMatch(candidate, /not trying/);
});

test('someone in it is asked about as theirs, with the verb agreeing', () => {
  const [unit] = hingeQuestionUnits({
    type: 'open-question',
    about: 'hinge',
    hinge: 'other-person',
    thing: 'my kids',
  });
  assert.ok(unit?.candidates.some((candidate) => candidate === 'Where do your kids come into this for you?'));
  const [named] = hingeQuestionUnits({
    type: 'open-question',
    about: 'hinge',
    hinge: 'other-person',
    thing: 'my mum',
    named: true,
  });
  assert.deepEqual(named?.candidates, ['How are things between you and her at the moment?']);
});

test('a hinge with an empty slot gives no sentence', () => {
  assert.deepEqual(hingeReflectionUnits(reflection('contrast-side', '')), []);
  assert.deepEqual(hingeQuestionUnits({ type: 'open-question', about: 'hinge', hinge: 'stakes' }), []);
  assert.deepEqual(hingeQuestionUnits({ type: 'open-question', about: 'hinge', hinge: 'other-person' }), []);
  assert.deepEqual(
    hingeReflectionUnits({ type: 'reflect-clause', depth: 'hinge', clause: { text: 'x y z', span: [0, 5] } }),
    [],
  );
});

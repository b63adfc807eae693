import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../spec/observation.ts';
import { heaviestOf, turnObservations } from './turn-observations.ts';

const observations: Observation[] = [
  { kind: 'emotion', label: 'scared', span: [0, 6] },
  { kind: 'statement', text: 'i failed', weight: 1, span: [0, 8] },
  { kind: 'life-topic', topic: 'work-stress', span: [0, 4] },
  { kind: 'statement', text: 'i lost it', weight: 2, span: [9, 18] },
  { kind: 'emotion', label: 'sad', span: [20, 23] },
  { kind: 'life-topic', topic: 'money', span: [24, 29] },
  { kind: 'statement', text: 'i hid', weight: 2, span: [30, 35] },
  { kind: 'request', type: 'explain', span: [36, 40] },
];

test('the first emotion is the one now; every emotion and statement is kept in order', () => {
  const found = turnObservations(observations, []);
  assert.equal(found.emotionNow, 'scared');
  assert.deepEqual(found.emotions, ['scared', 'sad']);
  assert.deepEqual(
    found.statements.map((item) => item.text),
    ['i failed', 'i lost it', 'i hid'],
  );
  assert.equal(found.explainAsked, true);
  assert.equal(found.helpWanted, false);
});

test('a life topic already in the state is not new', () => {
  assert.deepEqual(turnObservations(observations, ['work-stress']).topics, ['money']);
});

test('the heaviest statement is the first of equal weight, as a stable sort gives it', () => {
  const { statements } = turnObservations(observations, []);
  assert.equal(heaviestOf(statements)?.text, 'i lost it');
  assert.equal(heaviestOf([]), undefined);
});

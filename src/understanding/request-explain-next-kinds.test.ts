/** Explain, next and concrete asks the fresh r19 set missed, written in other words than its items. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const types = (text: string) =>
  understand(text)
    .filter((item): item is RequestObservation => item.kind === 'request')
    .map((request) => request.type)
    .sort();

test('an explain said after another ask, and a question about the evidence for what we offer', () => {
  assert.deepEqual(types('too hard, make it easier, then explain how this helps'), ['explain', 'smaller']);
  assert.deepEqual(types('is there actual science that supports this technique?'), ['explain']);
  // evidence of something else is no ask of ours
  assert.deepEqual(types('the lawyer found proof for that in the emails'), []);
});

test('a step done then "what I do now" in learner English is next; "a concrete next step" asks for specifics', () => {
  assert.deepEqual(types('i have fill the form, what i do next'), ['next']);
  assert.deepEqual(types('give me a concrete next step for the tax return'), ['concrete']);
  // a risk said beside it is still read
  assert.ok(
    understand('i have write the note for my family, what i do now, i want to die tonight').some(
      (item) => item.kind === 'risk',
    ),
  );
});

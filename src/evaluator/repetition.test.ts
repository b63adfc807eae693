import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findRepeats } from './repetition.ts';
import { readTherapistTurn } from './therapist-turn.ts';

const therapist = (text: string) => ({ role: 'therapist', text, reading: readTherapistTurn(text) });

test('verbatim and near repeats are found against the earliest sentence said', () => {
  const found = findRepeats([
    therapist('Open the file and look at the first line.'),
    { role: 'client', text: 'ok' },
    therapist('Open the file and look at the first line.'),
    therapist('Open the file and look at the very first line.'),
    therapist('Something else entirely, with other words in it.'),
  ]);
  assert.deepEqual(
    found.map(({ turn, earlierTurn, kind }) => ({ turn, earlierTurn, kind })),
    [
      { turn: 2, earlierTurn: 0, kind: 'verbatim' },
      { turn: 3, earlierTurn: 0, kind: 'near' },
    ],
  );
});

test('the inverted index of a long transcript finds exactly what reading every sentence finds', () => {
  const words = [
    'open',
    'the',
    'file',
    'look',
    'at',
    'first',
    'line',
    'type',
    'one',
    'word',
    'now',
    'slowly',
  ];
  const sentence = fc
    .array(fc.constantFrom(...words), { minLength: 3, maxLength: 9 })
    .map((picked) => `${picked.join(' ')}.`);
  fc.assert(
    fc.property(fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { maxLength: 40 }), (turns) => {
      const transcript = turns.map((sentences) => therapist(sentences.join(' ')));
      assert.deepEqual(
        findRepeats(transcript, { indexFrom: 0 }),
        findRepeats(transcript, { indexFrom: Infinity }),
      );
    }),
    { numRuns: 300 },
  );
});

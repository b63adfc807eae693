/**
 * Asking analyse() for some kinds only gives exactly those observations of a full reading: the readers
 * that can give none of the asked kinds are skipped (the pipeline's by their declared kinds, the
 * turn readers by theirs), and a kind left out of a declaration would show here as a missing reading.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCorpus } from '../../scripts/eval-understanding.ts';
import type { ObservationKind } from '../spec/observation.ts';
import { analyse } from './analyse.ts';

const KIND_SETS: ReadonlySet<ObservationKind>[] = [
  new Set(['request', 'risk']),
  new Set(['their-question']),
  new Set(['apology']),
  new Set(['turned-down']),
  new Set(['push-back', 'scope-question']),
  new Set(['objection-reason', 'others-deed', 'turn-form']),
];

test('a reading of some kinds is the full reading of those kinds, over the corpus', () => {
  const texts = loadCorpus().map((entry) => entry.text);
  assert.ok(texts.length > 500, `only ${texts.length} texts`);
  for (const text of texts) {
    const full = analyse(text).observations;
    for (const kinds of KIND_SETS) {
      const some = analyse(text, { kinds }).observations;
      // ids only in the message, never the text
      assert.deepEqual(
        some,
        full.filter((observation) => kinds.has(observation.kind)),
        `kinds ${[...kinds].join(',')}`,
      );
    }
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCorpus } from '../../scripts/eval-understanding.ts';
import { evaluate, failedTargets } from './evaluation.ts';
import { analyse, understand } from './index.ts';

const corpus = loadCorpus();

test('the labelled corpus holds at least 400 utterances, about a quarter held out', () => {
  assert.ok(corpus.length >= 400, `only ${corpus.length} utterances`);
  const holdout = corpus.filter((entry) => entry.split === 'holdout').length;
  assert.ok(holdout / corpus.length >= 0.2, `held out ${holdout} of ${corpus.length}`);
});

test('understanding meets its targets on the whole corpus (request F1, exact afterMs, body-part F1)', () => {
  assert.deepEqual(failedTargets(evaluate(corpus, understand)), []);
});

test('understanding meets its targets on the held-out split alone', () => {
  assert.deepEqual(
    failedTargets(
      evaluate(
        corpus.filter((entry) => entry.split === 'holdout'),
        understand,
      ),
    ),
    [],
  );
});

test('reading only some kinds gives exactly those observations of the full reading', () => {
  const some = new Set(['request', 'risk'] as const);
  const others = new Set(['sensation', 'emotion', 'worry', 'urge', 'assent', 'decline', 'hedge'] as const);
  for (const { text } of corpus) {
    const full = understand(text);
    for (const kinds of [some, others]) {
      assert.deepEqual(
        analyse(text, { kinds }).observations,
        full.filter((observation) => kinds.has(observation.kind as never)),
        text,
      );
    }
  }
});

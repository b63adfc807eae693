import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadCorpus } from '../../../scripts/eval-understanding.ts';
import { normalise } from '../normalise.ts';
import { featureRowsOf } from './feature-rows.ts';
import { featuresOf } from './features.ts';
import { rowsOf } from './linear-model.ts';
import { understandingModel } from './load-model.ts';

const texts = [
  ...loadCorpus().map((entry) => entry.text),
  ...['understanding-v1', 'understanding-v2', 'understanding-v3'].flatMap((set) =>
    readFileSync(new URL(`../../../data/train/${set}/items.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => String(JSON.parse(line).text)),
  ),
  '',
  'ok',
  'the the the the',
  'never never gonna gonna give give you you up up',
  'a '.repeat(1_500),
  'I want to die 💀💀 ?? !!',
  // the ASCII word reader's edges: quotes alone and at word edges, digits, marks, control characters
  "''' ' don't 'quoted' ''x'' a'b '' 'tis rock'n'roll",
  'WHY?! 3pm, 10:30... x2 #1 @me\tok\n_under_score_',
  `${'b'.repeat(1_999)} tail`,
  `${'c'.repeat(1_999)}é tail`,
  // words whose character hashes collide ("aan" and "ac0", "aao" and "ac1"): each keeps its own rows
  'aan ac0 AC0 aan aao ac1 ac1 aao',
  'ac0 aan',
];

test('gives the rows and the feature count that rowsOf(featuresOf) gives, on every corpus and training text', () => {
  const model = understandingModel();
  assert.ok(model, 'the shipped model loads');
  for (const raw of texts)
    for (const text of [raw, normalise(raw).text, raw.toUpperCase()]) {
      const expected = rowsOf(model, featuresOf(text));
      const actual = featureRowsOf(model, text);
      assert.deepEqual([...actual.rows], [...expected.rows], text.slice(0, 60));
      assert.equal(actual.featureCount, expected.featureCount, text.slice(0, 60));
    }
});

test('a text read twice gives the same rows (the per-call marks do not leak between calls)', () => {
  const model = understandingModel();
  assert.ok(model);
  const first = featureRowsOf(model, 'my chest is tight and my chest hurts');
  const second = featureRowsOf(model, 'my chest is tight and my chest hurts');
  assert.deepEqual([...second.rows], [...first.rows]);
  assert.equal(second.featureCount, first.featureCount);
});

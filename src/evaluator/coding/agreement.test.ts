import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accuracy, cohensKappa, precision, recall } from './agreement.ts';

const pairs = (gold: string, predicted: string) =>
  [...gold].map((label, index) => ({ gold: label, predicted: predicted[index] }));

test("Cohen's kappa is 1 for perfect agreement, 0 at chance, negative below it", () => {
  assert.equal(cohensKappa(pairs('aabb', 'aabb')), 1);
  // both coders split 50/50 and agree half the time: exactly chance
  assert.equal(cohensKappa(pairs('aabb', 'abab')), 0);
  assert.ok((cohensKappa(pairs('aabb', 'bbaa')) ?? 0) < 0);
  assert.equal(cohensKappa([]), null);
});

test('kappa matches a worked example (Cohen 1960 style 2x2: 20/5/10/15)', () => {
  const table = [
    ...Array(20).fill({ gold: 'y', predicted: 'y' }),
    ...Array(5).fill({ gold: 'y', predicted: 'n' }),
    ...Array(10).fill({ gold: 'n', predicted: 'y' }),
    ...Array(15).fill({ gold: 'n', predicted: 'n' }),
  ];
  // po = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5 → kappa 0.4
  assert.ok(Math.abs((cohensKappa(table) ?? 0) - 0.4) < 1e-9);
  assert.equal(accuracy(table), 0.7);
});

test('recall and precision of one label', () => {
  const data = pairs('rrrq', 'rrqr');
  assert.equal(recall(data, 'r'), 2 / 3);
  assert.equal(precision(data, 'r'), 2 / 3);
  assert.equal(recall(data, 'x'), null);
});

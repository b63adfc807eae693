import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featuresOf } from './features.ts';
import { type LinearModel, rowsOf, scoreHead, type TrainedModel } from './linear-model.ts';
import { understandingModel } from './load-model.ts';
import { compileModel, decodeModel, encodeModel } from './model-files.ts';

const trained: TrainedModel = {
  heads: {
    risk: { kind: 'sigmoid', labels: ['risk'], bias: [-1.25], offset: 0, thresholds: [0.4] },
    type: { kind: 'softmax', labels: ['a', 'b'], bias: [0.1, -0.2], offset: 1 },
  },
  weights: {
    'w:die': [2.345, 0.001, -0.999],
    'w:tired': [0.5, -0.013, 0],
    'c: ti': [-0.007, 1.5, 0.3],
  },
  trainedOn: ['test'],
};

function roundTrip(model: TrainedModel): LinearModel {
  const files = encodeModel(model);
  return decodeModel(
    JSON.parse(files.header),
    () => files.features,
    () => files.weights,
  );
}

/** A row's weights as the scorer reads them (stored integers divided by the scale). */
const rowAt = (model: LinearModel, row: number) =>
  [...model.weights.subarray(row * 3, row * 3 + 3)].map((weight) => weight / model.weightScale);

function scoresOf(model: LinearModel, text: string) {
  const rows = rowsOf(model, featuresOf(text));
  return [scoreHead(model, 'risk', rows), scoreHead(model, 'type', rows)];
}

test('stored weights read back as the very same doubles the trainer wrote', () => {
  const model = roundTrip(trained);
  for (const [name, weights] of Object.entries(trained.weights)) {
    const row = model.rowOf.get(name);
    assert.notEqual(row, undefined, name);
    assert.deepEqual(rowAt(model, row!), weights);
  }
  assert.equal(
    encodeModel(trained).weights.byteLength,
    3 * 3 * 2,
    'small weights are stored as 16-bit integers',
  );
});

test('the stored and the trained model score a text identically', () => {
  const direct = compileModel(trained);
  const stored = roundTrip(trained);
  for (const text of ['I want to die', 'so tired of it', 'nothing here'])
    assert.deepEqual(scoresOf(stored, text), scoresOf(direct, text));
  const [risk] = scoresOf(stored, 'I want to die');
  // by hand: bias -1.25 plus the one known feature w:die, 2.345 scaled by 1/sqrt(feature count)
  const count = featuresOf('I want to die').length;
  assert.equal(risk?.probabilities[0], 1 / (1 + Math.exp(-(-1.25 + 2.345 * (1 / Math.sqrt(count))))));
});

test('a weight beyond 16 bits is stored in 32', () => {
  const heavy: TrainedModel = { ...trained, weights: { ...trained.weights, 'w:heavy': [40.5, -33, 0.002] } };
  const files = encodeModel(heavy);
  assert.match(files.header, /"weightType": "int32"/);
  assert.deepEqual(rowAt(roundTrip(heavy), 0), heavy.weights['c: ti']);
});

test('encoding is deterministic, and a mismatched file is refused', () => {
  const first = encodeModel(trained);
  const second = encodeModel(trained);
  assert.equal(first.header, second.header);
  assert.deepEqual(first.weights, second.weights);
  assert.throws(() =>
    decodeModel(
      JSON.parse(first.header),
      () => first.features,
      () => first.weights.subarray(2),
    ),
  );
  assert.throws(() =>
    decodeModel(
      JSON.parse(first.header),
      () => 'w:die\n',
      () => first.weights,
    ),
  );
});

test('the shipped model loads', () => {
  const model = understandingModel();
  assert.ok(model, 'the learned readers would be silently off');
  assert.ok(model.rowOf.size > 1000);
  assert.equal(model.weights.length, model.rowOf.size * model.rowLength);
});

test('a malformed header is refused', () => {
  const files = encodeModel(trained);
  const header = JSON.parse(files.header);
  const decode = (changed: unknown) =>
    decodeModel(
      changed,
      () => files.features,
      () => files.weights,
    );
  assert.throws(() => decode({ ...header, weightScale: 100 }));
  assert.throws(() => decode({ ...header, heads: { risk: { ...header.heads.risk, kind: 'linear' } } }));
  assert.throws(() => decode({ ...header, heads: { risk: { ...header.heads.risk, bias: [] } } }));
  assert.ok(decode(header));
});

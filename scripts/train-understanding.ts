/**
 * npm run train:understanding [-- --folds 5]
 *
 * Trains the learned readers (risk, risk level, risk type, someone else's risk, request types,
 * progress) as one small linear model over word and character n-grams (analysis features were
 * tried: no better by cross-validation, and they cost the wink parse on every turn), and writes src/understanding/model/understanding-model.json with its features and weights files (model-files.ts). Deterministic: a fixed
 * seed, a fixed order, rounded weights; the same data gives the same bytes.
 *
 * With --folds N it first cross-validates on the independent writers' sets (the other sources always
 * train), prints the figures and picks each sigmoid label's threshold from the out-of-fold scores.
 * The seen blind sets train too (scripts/understanding-training-data.ts); to measure on words the
 * model never saw, hold one out and write the model elsewhere:
 *   TRAIN_HOLD_OUT=blind-v4 npm run train:understanding -- --out /tmp/held-out/
 * then score that model on data/blind/understanding-v4 (a copy of src/ with --root).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { REQUEST_TYPES, RISK_TYPES } from '../src/spec/observation.ts';
// the shuffle, and so the weights, are the same on every run
import { createRandom as random } from '../src/text/seeded-random.ts';
import { understand } from '../src/understanding/index.ts';
import { featuresOf } from '../src/understanding/model/features.ts';
import type { TrainedModel } from '../src/understanding/model/linear-model.ts';
import { encodeModel } from '../src/understanding/model/model-files.ts';
import { RISK_WORDS } from '../src/understanding/model/risk-words.ts';
import { normalise } from '../src/understanding/normalise.ts';
import { type Example, loadTrainingExamples } from './understanding-training-data.ts';

type HeadSpec = {
  name: string;
  kind: 'softmax' | 'sigmoid';
  labels: readonly string[];
  /** Target vector for an example, or undefined when the example is not labelled for this head. */
  target(example: Example): number[] | undefined;
  /** For sigmoid heads: the threshold chooser (favouring recall for risk). */
  recallWeight?: number;
};

const HEADS: HeadSpec[] = [
  {
    name: 'risk',
    kind: 'sigmoid',
    labels: ['risk'],
    target: (example) => (example.risk === undefined ? undefined : [example.risk]),
    recallWeight: 3,
  },
  {
    name: 'level',
    kind: 'sigmoid',
    labels: ['clear'],
    target: (example) => (example.level === undefined ? undefined : [example.level === 'clear' ? 1 : 0]),
  },
  {
    name: 'riskType',
    kind: 'softmax',
    labels: RISK_TYPES,
    target: (example) =>
      example.riskType === undefined
        ? undefined
        : RISK_TYPES.map((type) => (type === example.riskType ? 1 : 0)),
  },
  {
    name: 'other',
    kind: 'sigmoid',
    labels: ['other'],
    target: (example) => (example.other === undefined ? undefined : [example.other]),
  },
  {
    name: 'request',
    kind: 'sigmoid',
    labels: REQUEST_TYPES,
    target: (example) =>
      example.requests === undefined
        ? undefined
        : REQUEST_TYPES.map((type) => (example.requests?.includes(type) ? 1 : 0)),
  },
  {
    name: 'progress',
    kind: 'softmax',
    labels: ['none', 'done', 'partial', 'not-done'],
    target: (example) =>
      example.progress === undefined
        ? undefined
        : ['none', 'done', 'partial', 'not-done'].map((status) => (status === example.progress ? 1 : 0)),
  },
];

const EPOCHS = Number(process.env.TRAIN_EPOCHS ?? 15);
const LEARNING_RATE = Number(process.env.TRAIN_RATE ?? 4);
const L2 = 1e-5;
const MIN_DOCUMENTS = 2;
// word pairs ("b:…") seen in few messages carry one writer's phrasing ("googled it. shouldnt have" read as risk
// from pairs met mostly in disclosures): a higher floor or a stronger L2 for them only, to measure leave-one-
// writer-out (round 10); the defaults keep the shipped bytes
const MIN_PAIR_DOCUMENTS = Number(process.env.TRAIN_MIN_PAIR_DOCUMENTS ?? MIN_DOCUMENTS);
const PAIR_L2 = Number(process.env.TRAIN_PAIR_L2 ?? L2);

type Featurised = Example & { features: string[] };

function featurise(examples: Example[]): Featurised[] {
  return examples.map((example) => {
    const text = normalise(example.text).text;
    return { ...example, features: featuresOf(text) };
  });
}

type Weights = { bias: number[]; rows: Map<string, Float64Array> };

function trainHead(head: HeadSpec, examples: Featurised[], vocabulary: Set<string>): Weights {
  const size = head.labels.length;
  const labelled = examples.flatMap((example) => {
    const target = head.target(example);
    return target ? [{ example, target }] : [];
  });
  const rows = new Map<string, Float64Array>();
  const bias = new Array<number>(size).fill(0);
  // each example's rows looked up once, not every epoch: a row that does not exist yet is all zeros, which
  // adds nothing to a total, so making it up front gives the same arithmetic and the same bytes
  const rowsOf = labelled.map(({ example }) =>
    example.features
      .filter((feature) => vocabulary.has(feature))
      .map((feature) => {
        let row = rows.get(feature);
        if (!row) {
          row = new Float64Array(size);
          rows.set(feature, row);
        }
        return row;
      }),
  );
  const decaysOf = labelled.map(({ example }) =>
    example.features
      .filter((feature) => vocabulary.has(feature))
      .map((feature) => (feature.startsWith('b:') ? PAIR_L2 : L2)),
  );
  const order = labelled.map((_, index) => index);
  const next = random(16);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const swap = Math.floor(next() * (index + 1));
      [order[index], order[swap]] = [order[swap], order[index]];
    }
    const rate = LEARNING_RATE / (1 + epoch * 0.3);
    for (const position of order) {
      const { example, target } = labelled[position];
      const features = rowsOf[position];
      const scale = 1 / Math.sqrt(Math.max(1, example.features.length));
      const totals = bias.slice();
      for (const row of features)
        for (let label = 0; label < size; label++) totals[label] += row[label] * scale;
      const probabilities = probabilitiesOf(head.kind, totals);
      for (let label = 0; label < size; label++) {
        const gradient = (probabilities[label] - target[label]) * example.weight;
        if (gradient === 0) continue;
        bias[label] -= rate * gradient * 0.1;
        for (let index = 0; index < features.length; index++) {
          const row = features[index];
          row[label] -= rate * (gradient * scale + decaysOf[position][index] * row[label]);
        }
      }
    }
  }
  return { bias, rows };
}

function probabilitiesOf(kind: 'softmax' | 'sigmoid', totals: number[]): number[] {
  if (kind === 'sigmoid') return totals.map((total) => 1 / (1 + Math.exp(-total)));
  const highest = Math.max(...totals);
  const exponentials = totals.map((total) => Math.exp(total - highest));
  const sum = exponentials.reduce((left, right) => left + right, 0);
  return exponentials.map((value) => value / sum);
}

function predict(head: HeadSpec, weights: Weights, example: Featurised): number[] {
  const totals = weights.bias.slice();
  const scale = 1 / Math.sqrt(Math.max(1, example.features.length));
  for (const feature of example.features) {
    const row = weights.rows.get(feature);
    if (row) for (let label = 0; label < totals.length; label++) totals[label] += row[label] * scale;
  }
  return probabilitiesOf(head.kind, totals);
}

function vocabularyOf(examples: Featurised[]): Set<string> {
  const documents = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features) documents.set(feature, (documents.get(feature) ?? 0) + 1);
  return new Set(
    [...documents]
      .filter(([feature, count]) => count >= (feature.startsWith('b:') ? MIN_PAIR_DOCUMENTS : MIN_DOCUMENTS))
      .map(([feature]) => feature),
  );
}

/** Picks the threshold maximising F-beta (beta² = recallWeight) over out-of-fold scores. */
function bestThreshold(scores: Array<{ score: number; truth: number }>, recallWeight = 1): number {
  let best = 0.5;
  let bestValue = -1;
  for (let step = 5; step <= 95; step++) {
    const threshold = step / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { score, truth } of scores) {
      if (score >= threshold && truth === 1) tp++;
      else if (score >= threshold) fp++;
      else if (truth === 1) fn++;
    }
    const value = ((1 + recallWeight) * tp) / ((1 + recallWeight) * tp + recallWeight * fn + fp || 1);
    if (value > bestValue) {
      bestValue = value;
      best = threshold;
    }
  }
  return best;
}

/** Development view: the rule readers plus the model at several thresholds, out of fold. */
function printCombined(
  scores: Array<{ score: number; truth: number; category?: string; text?: string }>,
): void {
  const ruleFlag = (text: string) =>
    understand(text).some((item) => item.kind === 'risk' && item.about !== 'other' && !item.past);
  const rules = scores.map((item) => ruleFlag(item.text ?? ''));
  for (const gate of [false, true])
    for (const cut of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.1]) {
      let hits = 0;
      let ordinary = 0;
      let near = 0;
      let others = 0;
      scores.forEach((item, index) => {
        const model =
          item.score >= cut && (!gate || RISK_WORDS.test(normalise(item.text ?? '').text.toLowerCase()));
        if (!(rules[index] || model)) return;
        if (item.truth === 1) hits++;
        else if (item.category === 'ordinary') ordinary++;
        else if (item.category === 'near-miss') near++;
        else others++;
      });
      const positives = scores.filter((item) => item.truth === 1).length;
      console.log(
        `  rules+model${gate ? '(gated)' : ''} at ${cut}: recall ${(hits / positives).toFixed(3)}  ordinary ${ordinary}  near-miss ${near}  request/body/progress ${others}`,
      );
    }
}

const { values } = parseArgs({
  options: { folds: { type: 'string', default: '0' }, out: { type: 'string' } },
});
const folds = Number(values.folds);
const { writer, others } = loadTrainingExamples();
const writerFeaturised = featurise(writer);
const othersFeaturised = featurise(others);
const all = [...writerFeaturised, ...othersFeaturised];
const thresholds = new Map<string, number[]>();

if (folds > 1) {
  const outOfFold = new Map<
    string,
    Array<Array<{ score: number; truth: number; category?: string; text?: string }>>
  >();
  for (const head of HEADS)
    outOfFold.set(
      head.name,
      head.labels.map(() => []),
    );
  const softmaxRight = new Map<string, { right: number; of: number }>();
  for (let fold = 0; fold < folds; fold++) {
    const training = [...writerFeaturised.filter((_, index) => index % folds !== fold), ...othersFeaturised];
    const testing = writerFeaturised.filter((_, index) => index % folds === fold);
    const vocabulary = vocabularyOf(training);
    for (const head of HEADS) {
      const weights = trainHead(head, training, vocabulary);
      for (const example of testing) {
        const target = head.target(example);
        if (!target) continue;
        const probabilities = predict(head, weights, example);
        if (head.kind === 'sigmoid') {
          const perLabel = outOfFold.get(head.name) ?? [];
          for (let label = 0; label < head.labels.length; label++)
            perLabel[label].push({
              score: probabilities[label],
              truth: target[label],
              category: example.category,
              text: example.text,
            });
        } else {
          const tally = softmaxRight.get(head.name) ?? { right: 0, of: 0 };
          tally.of++;
          if (target[probabilities.indexOf(Math.max(...probabilities))] === 1) tally.right++;
          softmaxRight.set(head.name, tally);
        }
      }
    }
  }
  for (const head of HEADS.filter((spec) => spec.kind === 'sigmoid')) {
    const chosen = head.labels.map((label, index) => {
      const scores = outOfFold.get(head.name)?.[index] ?? [];
      const threshold = bestThreshold(scores, head.recallWeight);
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const { score, truth } of scores) {
        if (score >= threshold && truth === 1) tp++;
        else if (score >= threshold) fp++;
        else if (truth === 1) fn++;
      }
      if (process.env.TRAIN_CURVE && head.name === 'risk') printCombined(scores);
      if (process.env.TRAIN_CURVE && head.name === 'risk')
        for (const cut of [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]) {
          const flagged = scores.filter((item) => item.score >= cut);
          const hits = flagged.filter((item) => item.truth === 1).length;
          const ordinary = flagged.filter((item) => item.category === 'ordinary').length;
          const progress = flagged.filter(
            (item) => item.category === 'progress' || item.category === 'request' || item.category === 'body',
          ).length;
          console.log(
            `  at ${cut}: recall ${(hits / scores.filter((item) => item.truth === 1).length).toFixed(3)} false ${flagged.length - hits} (ordinary ${ordinary}, request/body/progress ${progress})`,
          );
        }
      console.log(
        `${head.name}/${label}: threshold ${threshold}  tp ${tp} fp ${fp} fn ${fn}  recall ${(tp / (tp + fn)).toFixed(3)} precision ${(tp / (tp + fp || 1)).toFixed(3)}`,
      );
      return threshold;
    });
    thresholds.set(head.name, chosen);
  }
  for (const [name, tally] of softmaxRight)
    console.log(`${name}: accuracy ${(tally.right / tally.of).toFixed(3)} (${tally.of})`);
}

const vocabulary = vocabularyOf(all);
const model: TrainedModel = {
  heads: {},
  weights: {},
  trainedOn: [...new Set(all.map((example) => example.source))].sort(),
};
const trained = HEADS.map((head) => ({ head, weights: trainHead(head, all, vocabulary) }));
let offset = 0;
const round = (value: number) => Math.round(value * 1000) / 1000;
for (const { head, weights } of trained) {
  model.heads[head.name] = {
    kind: head.kind,
    labels: [...head.labels],
    bias: weights.bias.map(round),
    offset,
    ...(thresholds.has(head.name) ? { thresholds: thresholds.get(head.name) } : {}),
  };
  offset += head.labels.length;
}
for (const feature of [...vocabulary].sort()) {
  const row = trained.flatMap(({ head, weights }) => {
    const found = weights.rows.get(feature);
    return head.labels.map((_, label) => round(found ? found[label] : 0));
  });
  if (row.some((value) => Math.abs(value) >= 0.01)) model.weights[feature] = row;
}
// the header, the feature names and the weights (model-files.ts), each the same bytes for the same data
const files = encodeModel(model);
const directory = values.out
  ? pathToFileURL(`${resolve(values.out)}/`)
  : new URL('../src/understanding/model/', import.meta.url);
// --out names a folder that may not exist yet: make it rather than fail after minutes of training
mkdirSync(directory, { recursive: true });
const path = new URL('understanding-model.json', directory).pathname;
writeFileSync(path, files.header);
writeFileSync(new URL('understanding-features.txt', directory), files.features);
writeFileSync(new URL('understanding-weights.bin', directory), files.weights);
const bytes = files.header.length + Buffer.byteLength(files.features) + files.weights.byteLength;
console.log(
  `wrote ${path} (+ features.txt, weights.bin): ${Object.keys(model.weights).length} features, ${(bytes / 1024 / 1024).toFixed(2)} MB`,
);

import { existsSync, readFileSync } from 'node:fs';
import { clientTalkFeatures } from './client-talk-features.ts';
import type { ClientCode } from './miti-vocabulary.ts';

/** Naive Bayes weights: log priors and, per feature, a log likelihood for each label (in `labels` order). */
export type ClientTalkModel = { labels: ClientCode[]; priors: number[]; weights: Record<string, number[]> };

let model: ClientTalkModel | null | undefined;
// a Map reads a thousand-key table faster than an object in dictionary mode
const likelihoodTables = new WeakMap<ClientTalkModel, Map<string, number[]>>();

function tableOf(weights: ClientTalkModel): Map<string, number[]> {
  let table = likelihoodTables.get(weights);
  if (!table) {
    table = new Map(Object.entries(weights.weights));
    likelihoodTables.set(weights, table);
  }
  return table;
}

// beside this module when run from src/; the compiled CLI (dist/cli, every chunk in one folder) reads
// it from src/ — without this `tinystep eval` silently coded client talk by the rules alone
const MODEL_FILES = ['./client-talk-model.json', '../../src/evaluator/coding/client-talk-model.json'].map(
  (path) => new URL(path, import.meta.url),
);
const modelFile = () => MODEL_FILES.find((url) => existsSync(url)) ?? MODEL_FILES[0];

/** The shipped model (scripts/train-client-talk.ts), loaded once; null when the file is missing or unreadable. */
export function shippedClientTalkModel(): ClientTalkModel | null {
  if (model !== undefined) return model;
  try {
    model = JSON.parse(readFileSync(modelFile(), 'utf8')) as ClientTalkModel;
  } catch {
    model = null;
  }
  return model;
}

/** The model's label for a client turn given the rules' verdict, with the margin over the runner-up. */
export function classifyClientTalk(
  weights: ClientTalkModel,
  text: string,
  ruleCode: ClientCode,
): { code: ClientCode; margin: number } {
  const table = tableOf(weights);
  const scores = weights.priors.slice();
  for (const feature of clientTalkFeatures(text, ruleCode)) {
    const likelihoods = table.get(feature);
    if (!likelihoods) continue;
    for (let index = 0; index < scores.length; index++) scores[index] += likelihoods[index];
  }
  let best = 0;
  for (let index = 1; index < scores.length; index++) if (scores[index] > scores[best]) best = index;
  let runnerUp = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < scores.length; index++)
    if (index !== best && scores[index] > runnerUp) runnerUp = scores[index];
  return { code: weights.labels[best], margin: scores[best] - runnerUp };
}

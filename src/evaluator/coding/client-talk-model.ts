import { existsSync, readFileSync } from 'node:fs';
import { CLIENT_TALK_RULE_WEIGHT, clientTalkWords } from './client-talk-features.ts';
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

// a word pair's likelihoods by its first word, then its second: no "first_second" name is built and
// hashed per turn (bounded for a long-running process; a word holds no '_', so the two words name it)
const PAIR_LIMIT = 100_000;
type PairTable = { byFirst: Map<string, Map<string, number[] | null>>; size: number };
const pairTables = new WeakMap<ClientTalkModel, PairTable>();

function pairLikelihoods(weights: ClientTalkModel, first: string, second: string): number[] | undefined {
  let pairs = pairTables.get(weights);
  if (!pairs || pairs.size >= PAIR_LIMIT) {
    pairs = { byFirst: new Map(), size: 0 };
    pairTables.set(weights, pairs);
  }
  let after = pairs.byFirst.get(first);
  if (!after) {
    after = new Map();
    pairs.byFirst.set(first, after);
  }
  let likelihoods = after.get(second);
  if (likelihoods === undefined) {
    likelihoods = tableOf(weights).get(`${first}_${second}`) ?? null;
    after.set(second, likelihoods);
    pairs.size++;
  }
  return likelihoods ?? undefined;
}

// a module function, not a closure per turn: under tsx (keepNames) each named closure costs a defineProperty
function addTo(scores: number[], likelihoods: number[] | undefined): void {
  if (!likelihoods) return;
  for (let index = 0; index < scores.length; index++) scores[index] += likelihoods[index];
}

/** The model's label for a client turn given the rules' verdict, with the margin over the runner-up. */
export function classifyClientTalk(
  weights: ClientTalkModel,
  text: string,
  ruleCode: ClientCode,
): { code: ClientCode; margin: number } {
  const table = tableOf(weights);
  const scores = weights.priors.slice();
  // clientTalkFeatures' order (the sums are bit for bit the same): words, word pairs, the rules' verdict
  const words = clientTalkWords(text);
  for (const word of words) addTo(scores, table.get(word));
  for (let index = 1; index < words.length; index++)
    addTo(scores, pairLikelihoods(weights, words[index - 1], words[index]));
  const rule = table.get(`RULE=${ruleCode}`);
  for (let count = 0; count < CLIENT_TALK_RULE_WEIGHT; count++) addTo(scores, rule);
  let best = 0;
  for (let index = 1; index < scores.length; index++) if (scores[index] > scores[best]) best = index;
  let runnerUp = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < scores.length; index++)
    if (index !== best && scores[index] > runnerUp) runnerUp = scores[index];
  return { code: weights.labels[best], margin: scores[best] - runnerUp };
}

/**
 * Trains the small client-talk model (multinomial naive Bayes over words, word pairs and the rules'
 * verdict) that sits beside the change/sustain rules, and writes its weights to
 * src/evaluator/coding/client-talk-model.json. Trained only on data the repo may hold: the
 * independent coder's training set (data/train/miti-train-v1). Prints the 5-fold cross-validated
 * kappa (folds by exchange) of the rules alone and of rules + model, so the model ships only where it
 * measurably helps.
 *
 *   node --import tsx scripts/train-client-talk.ts [--set data/train/miti-train-v1/exchanges.jsonl]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cohensKappa } from '../src/evaluator/coding/agreement.ts';
import { readClientRules } from '../src/evaluator/coding/client-talk.ts';
import { clientTalkFeatures } from '../src/evaluator/coding/client-talk-features.ts';
import { type ClientTalkModel, classifyClientTalk } from '../src/evaluator/coding/client-talk-model.ts';
import { readCodedSet } from '../src/evaluator/coding/coded-set.ts';
import { CLIENT_CODES, type ClientCode } from '../src/evaluator/coding/miti-vocabulary.ts';

const SMOOTHING = 0.5;
const MIN_COUNT = 2;

type Item = { exchange: string; text: string; gold: ClientCode; rule: ClientCode };

function train(items: readonly Item[]): ClientTalkModel {
  const counts = Object.fromEntries(CLIENT_CODES.map((code) => [code, new Map<string, number>()])) as Record<
    ClientCode,
    Map<string, number>
  >;
  const priors = Object.fromEntries(CLIENT_CODES.map((code) => [code, 1])) as Record<ClientCode, number>;
  const seen = new Map<string, number>();
  for (const item of items) {
    priors[item.gold]++;
    for (const feature of clientTalkFeatures(item.text, item.rule)) {
      counts[item.gold].set(feature, (counts[item.gold].get(feature) ?? 0) + 1);
      seen.set(feature, (seen.get(feature) ?? 0) + 1);
    }
  }
  const vocabulary = [...seen].filter(([, count]) => count >= MIN_COUNT).map(([feature]) => feature);
  const totals = CLIENT_CODES.map((code) =>
    vocabulary.reduce((sum, feature) => sum + (counts[code].get(feature) ?? 0), 0),
  );
  const denominator = totals.map((total) => total + SMOOTHING * vocabulary.length);
  const priorTotal = CLIENT_CODES.reduce((sum, code) => sum + priors[code], 0);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    labels: [...CLIENT_CODES],
    priors: CLIENT_CODES.map((code) => round(Math.log(priors[code] / priorTotal))),
    weights: Object.fromEntries(
      vocabulary.map((feature) => [
        feature,
        CLIENT_CODES.map((code, index) =>
          round(Math.log(((counts[code].get(feature) ?? 0) + SMOOTHING) / denominator[index])),
        ),
      ]),
    ),
  };
}

const setPath = resolve(
  process.argv.includes('--set')
    ? process.argv[process.argv.indexOf('--set') + 1]
    : 'data/train/miti-train-v1/exchanges.jsonl',
);
if (/\/blind\//.test(setPath)) throw new Error('never train on a blind set');
const items: Item[] = [];
for (const exchange of readCodedSet(setPath)) {
  for (const turn of exchange.turns) {
    if (turn.speaker !== 'client' || !turn.code) continue;
    items.push({
      exchange: exchange.id,
      text: turn.text,
      gold: turn.code,
      rule: readClientRules(turn.text).code,
    });
  }
}
const exchanges = [...new Set(items.map((item) => item.exchange))];
const rules: { gold: ClientCode; predicted: ClientCode }[] = [];
const withModel: { gold: ClientCode; predicted: ClientCode }[] = [];
for (let fold = 0; fold < 5; fold++) {
  const held = new Set(exchanges.filter((_, index) => index % 5 === fold));
  const model = train(items.filter((item) => !held.has(item.exchange)));
  for (const item of items.filter((candidate) => held.has(candidate.exchange))) {
    rules.push({ gold: item.gold, predicted: item.rule });
    withModel.push({ gold: item.gold, predicted: classifyClientTalk(model, item.text, item.rule).code });
  }
}
console.log(
  `train-client-talk: ${items.length} client turns from ${exchanges.length} exchanges; 5-fold kappa by exchange: rules ${cohensKappa(rules)?.toFixed(3)}, rules + model ${cohensKappa(withModel)?.toFixed(3)}`,
);
const model = train(items);
const out = resolve(import.meta.dirname, '../src/evaluator/coding/client-talk-model.json');
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`train-client-talk: wrote ${Object.keys(model.weights).length} features to ${out}`);

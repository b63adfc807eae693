import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientTalkFeatures } from './client-talk-features.ts';
import { type ClientTalkModel, classifyClientTalk, shippedClientTalkModel } from './client-talk-model.ts';
import { readCodedSet } from './coded-set.ts';
import type { ClientCode } from './miti-vocabulary.ts';

/** The classifier as the trainer reads it: every feature name looked up in the weights, in order. */
function byFeatureNames(model: ClientTalkModel, text: string, ruleCode: ClientCode) {
  const scores = model.priors.slice();
  for (const feature of clientTalkFeatures(text, ruleCode)) {
    const likelihoods = model.weights[feature];
    if (!likelihoods) continue;
    for (let index = 0; index < scores.length; index++) scores[index] += likelihoods[index];
  }
  let best = 0;
  for (let index = 1; index < scores.length; index++) if (scores[index] > scores[best]) best = index;
  let runnerUp = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < scores.length; index++)
    if (index !== best && scores[index] > runnerUp) runnerUp = scores[index];
  return { code: model.labels[best], margin: scores[best] - runnerUp };
}

test('gives the scores of the feature names, bit for bit, twice over (the pair memo keeps nothing wrong)', () => {
  const model = shippedClientTalkModel();
  assert.ok(model, 'the shipped client-talk model loads');
  const texts = [
    ...readCodedSet('data/train/miti-train-v1/exchanges.jsonl').flatMap((exchange) =>
      exchange.turns.filter((turn) => turn.speaker === 'client').map((turn) => turn.text),
    ),
    '',
    "I don't know, I really want to quit but I can't",
    'I’ve been thinking I should cut down, honestly',
  ];
  assert.ok(texts.length > 50);
  for (let pass = 0; pass < 2; pass++)
    for (const text of texts)
      for (const rule of model.labels)
        assert.deepEqual(classifyClientTalk(model, text, rule), byFeatureNames(model, text, rule));
});

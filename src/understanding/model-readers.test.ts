import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { understand } from './index.ts';
import { MODEL_READERS } from './model-readers.ts';

const riskModel = MODEL_READERS.filter((reader) => reader.name === 'risk-model');

function modelRisk(text: string): RiskObservation | undefined {
  return analyse(text, { readers: riskModel }).observations.find(
    (item): item is RiskObservation => item.kind === 'risk',
  );
}

test('the learned risk reader speaks without a risk word only when nearly sure, and only of a possible risk', () => {
  // "i just don't wanna do life anymore" scored 0.94 once the round-4 writers trained: a cue reads it now
  const risk = modelRisk('nobody would even notice if i was gone');
  assert.equal(risk?.level, 'possible');
  assert.equal(risk?.about, undefined);
  // round 16: a plan said beside it (a decision and a time; risk-intent-now.ts) raises the sure reading, as the
  // seen writers marked "tonight. ive decided" clear
  assert.equal(modelRisk("tonight. i've decided.")?.level, 'clear');
});

test('ordinary worry and tiredness raise no check-in (the persona false positive of round 2)', () => {
  for (const text of [
    "I keep thinking I'll fail and everyone will know I'm not cut out for this!",
    'I am tired of it',
    'cant sleep again',
  ])
    assert.deepEqual(
      understand(text).filter((item) => item.kind === 'risk'),
      [],
      text,
    );
});

test('with only everyday risk words the learned reader asks from 0.75 (chosen on v5 + v6, held out for it)', () => {
  // scored 0.86 and 0.77 by the model trained on v1–v4: missed at the round-5 bar of 0.9
  for (const text of [
    'sometimes i hit my head against the wall when i get this overwhelmed',
    "mum's boyfriend keeps hitting me when shes at work. he did it today",
  ])
    assert.equal(modelRisk(text)?.level, 'possible', text);
});

test('a wish to vent or talk for a minute is not a pause; a plain ask for a minute still is', () => {
  const requestModel = MODEL_READERS.filter((reader) => reader.name === 'request-model');
  const typesOf = (text: string) =>
    analyse(text, { readers: requestModel }).observations.flatMap((item) =>
      item.kind === 'request' ? [item.type] : [],
    );
  // the model alone read "need … a minute" as a pause and the coach answered "take a minute to just sit"
  assert.deepEqual(typesOf('i just need to vent for a minute'), []);
  assert.deepEqual(typesOf('sorry i just need to rant for a sec'), []);
  assert.ok(!understand('i just need to vent for a minute').some((item) => item.kind === 'request'));
  assert.ok(
    understand('can we pause for 5 min').some((item) => item.kind === 'request' && item.type === 'pause'),
  );
});

test('fear of letting someone down, and someone else who cannot live alone, are not read as risk by the model', () => {
  for (const text of [
    'i am afraid i will make him disappointed. i am only child',
    'and also if i clear it its real that shes coming and that she cant live alone anymore',
    'im scared ill let my mum down again',
  ])
    assert.equal(modelRisk(text), undefined, text);
  // the same fears aimed at oneself or another person's body are still read
  for (const text of ['im scared i will hurt him', 'i cant live like this anymore'])
    assert.ok(
      understand(text).some((item) => item.kind === 'risk'),
      text,
    );
});

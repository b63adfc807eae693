import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../spec/observation.ts';
import { understand } from './index.ts';
import type { ExplainedObservation } from './reader.ts';
import { everydayStakeOnly, withoutEverydayGuess } from './risk-context-everyday.ts';

const EVERYDAY = [
  'im scared my boss will think im useless if i ask',
  "honestly they'd just make fun of me",
  'if i tell my parents they will be so disappointed',
  'what if they laugh at me in the meeting',
  'i am worried they think i am rude for asking twice',
  'if i ring the clinic and they find something',
  'if i open the letter then its real',
  'if i email the agency why would they hire me again',
];

// each everyday stake beside a real disclosure, or a harm the stake's words could hide
const NOT_EVERYDAY = [
  "they'll think im lazy. honestly i want to kill myself",
  'my dad will be so disappointed and tbh i just want to disappear',
  'what if they find something. i have been cutting again',
  'if i tell him he will be angry',
  'he says i cant tell anyone about us',
  'gave my stuff away this week and they think im just decluttering',
  'my boss keeps my wages and says if i tell anyone he calls immigration',
  'they would be better off without me, they will laugh at first',
  'chest is tight and my arm is numb, probably nothing, they will think im fussing',
  'she will be so disappointed. i dont want to wake up tomorrow',
  'what if they find something. part of me hopes they do and it ends',
  'they will probably find something. good, then its over',
  'what if the scan shows something. honestly it would be a relief',
];

test('everyday stakes: what others will think of the step, or what a check may find', () => {
  for (const text of EVERYDAY) assert.equal(everydayStakeOnly(text), true, text);
});

test('never an everyday stake where the turn speaks of ending, absence, harm, threats or the body', () => {
  for (const text of NOT_EVERYDAY) assert.equal(everydayStakeOnly(text), false, text);
});

const guess = (text: string, extra: Partial<Observation> = {}): ExplainedObservation => ({
  observation: {
    kind: 'risk',
    type: 'suicide',
    level: 'possible',
    span: [0, text.length],
    modelOnly: true,
    ...extra,
  } as Observation,
  reader: 'risk-model',
  source: 'model',
  confidence: 0.97,
});

test("only the learned reader's possible guess goes; a rule's reading, a strong word's and the body's stay", () => {
  const text = 'im scared my boss will think im useless if i ask';
  assert.deepEqual(withoutEverydayGuess([guess(text)], text), []);
  const rule: ExplainedObservation = { ...guess(text), reader: 'risk-cues', source: 'rule' };
  (rule.observation as { modelOnly?: boolean }).modelOnly = undefined;
  assert.equal(withoutEverydayGuess([rule], text).length, 1);
  assert.equal(withoutEverydayGuess([guess(text, { level: 'clear' })], text).length, 1);
  assert.equal(withoutEverydayGuess([guess(text, { type: 'medical-emergency' })], text).length, 1);
  const disclosed = "they'll think im lazy. honestly i want to kill myself";
  assert.equal(withoutEverydayGuess([guess(disclosed)], disclosed).length, 1);
});

test('real disclosures beside an everyday stake are still read as risk, whole turn through', () => {
  for (const text of [
    "they'll think im lazy. honestly i want to kill myself",
    'my dad will be so disappointed and tbh i want to die',
    'what if they find something. honestly i have been cutting again',
    'if i ask maybe i lose her. then again everyone would be better off without me',
  ])
    assert.ok(
      understand(text).some((item) => item.kind === 'risk' && item.about !== 'other'),
      text,
    );
});

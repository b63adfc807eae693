import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { riskCuesReader } from './readers.ts';

// the rule readers only, so these hold whatever the learned model says
const risk = (text: string): RiskObservation | undefined =>
  analyse(text, { readers: [riskCuesReader] }).observations.find(
    (item): item is RiskObservation => item.kind === 'risk',
  );

test('disclosures told as holding back or as a condition are read, with their type', () => {
  const cases: Array<[string, string]> = [
    ['the thoughts keep coming so i text my sister so i dont act on it', 'suicide'],
    ['im trying not to act on the urges tonight', 'suicide'],
    ['i keep thinking about ending it all', 'suicide'],
    ['honestly if this is life i dont want it', 'suicide'],
    ['the only way it stops is if i stop', 'suicide'],
    ['i made a list of people im going to hurt', 'harm-to-others'],
    ['ending it tonight, got the pills ready', 'suicide'],
  ];
  for (const [text, type] of cases) assert.equal(risk(text)?.type, type, text);
});

test('the same words about a plan, a feeling or a task are not', () => {
  for (const text of [
    'i wrote a list of things im going to do on monday',
    'if this is what the gym is like i dont want it',
    'i need to act on the feedback from my tutor',
    'thinking about ending the call early',
    'the only way it stops is if i turn the router off',
    'im ending it tonight, he cheated again',
  ])
    assert.equal(risk(text), undefined, text);
});

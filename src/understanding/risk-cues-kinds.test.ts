import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { riskCuesReader } from './readers.ts';

// the rule readers only, so these hold whatever the learned model says; sentences are new, not the sets'
const risk = (text: string): RiskObservation | undefined =>
  analyse(text, { readers: [riskCuesReader] }).observations.find(
    (item): item is RiskObservation => item.kind === 'risk',
  );

test('kinds that recur across writers are read, with their type', () => {
  const cases: Array<[string, string]> = [
    ['some mornings i think about stepping out in front of the bus', 'suicide'],
    ['on the motorway i keep thinking about steering into the barrier', 'suicide'],
    ['honestly if a truck hit me on the way in i would not mind', 'suicide'],
    ['cancelled my gym and wrote my will this week, tying up loose ends', 'suicide'],
    ['been hoarding my sleeping pills since march', 'suicide'],
    ['no point anymore. been looking at methods', 'suicide'],
    ['sat with the engine running in the garage for a bit', 'suicide'],
    ['if he says that again im going to put him through the wall', 'harm-to-others'],
    ['heading round to his with a hammer now', 'harm-to-others'],
    ['i keep having violent thoughts about my neighbour and it scares me', 'harm-to-others'],
    ['my daughter would be better with her dad honestly', 'suicide'],
    ['banged my head on a beam and now im confused and throwing up', 'medical-emergency'],
    ['fell down the steps and cant get up, nobody is in', 'medical-emergency'],
    ['she is outside my door banging and says she will break it down', 'abuse'],
    ['the farmer keeps my passport and says he will call immigration', 'abuse'],
  ];
  for (const [text, type] of cases) assert.equal(risk(text)?.type, type, text);
});

test('the same words about errands, driving and ordinary anger are not', () => {
  for (const text of [
    'i updated my will after the baby was born',
    'cancelled the gym membership to save money',
    'looking at ways to save on the electric bill',
    'can you run him over to the station later',
    'my mum is diabetic and i need to book her eye test',
    'he is outside the house waiting for me in the car',
    'i fell off the ladder last year and my wrist still aches',
    'saving up for a holiday in the spring',
  ])
    assert.equal(risk(text), undefined, text);
});

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

test('kinds that recur across writers are read, with their type', () => {
  const cases: Array<[string, string]> = [
    ['i shook the baby. not hard. i need someone to take her', 'harm-to-others'],
    ["kid has been screaming for 3 hrs and i feel like i'll shake him if he doesnt stop", 'harm-to-others'],
    ["oh yeah and i did the thing with the compass again, so that's going great", 'self-harm'],
    ['My son takes my pension every month and shouts when I ask for it back.', 'abuse'],
    ['The carer that comes in the mornings is rough with me and takes money from my purse.', 'abuse'],
    ['my ex keeps turning up at my work and sitting in the car park for hours', 'abuse'],
    [
      "that manager is gonna get what's coming, i've been watching when she leaves the car park",
      'harm-to-others',
    ],
    ['mum has gone all floppy on one side and her words are slurred what do i do?', 'medical-emergency'],
    ["my husband is diabetic and he's confused and sweaty and not making sense", 'medical-emergency'],
    ['my husband has stopped breathing properly, his lips look blue', 'medical-emergency'],
    ['my toddler swallowed a battery i think', 'medical-emergency'],
    ['baby has a fever of 40 and a rash that doesnt fade under a glass', 'medical-emergency'],
    [
      "My chest has been tight since lunch and now it's going down my arm. Is that something?",
      'medical-emergency',
    ],
    ["There's been a numbness in my hand on and off all week and some dizziness.", 'medical-emergency'],
    ['can i tell u something? i dont think im gonna be here much longer', 'suicide'],
    ['tbh if i fail this module i dont see myself sticking around', 'suicide'],
    ['set a date. the 14th. feels calm now which is weird', 'suicide'],
    ["I've been stockpiling my prescription. I'm not sure what I intend to do with it.", 'suicide'],
    ['ive looked up the tallest car park in town twice this week', 'suicide'],
    ['whats the most painless way, just curious', 'suicide'],
    ['i want out of life. not in a dramatic way just quietly', 'suicide'],
    ["I've had enough of life, to be honest. I'm 78, I've done my bit.", 'suicide'],
    ['i swear ill do something to myself if one more thing goes wrong', 'suicide'],
    ['my family would get over it in a week', 'suicide'],
    ['c u t again, dont tell me to call someone', 'self-harm'],
    ['end it', 'suicide'],
    ['the thought of ending things is weirdly comforting rn', 'suicide'],
  ];
  for (const [text, type] of cases) assert.equal(risk(text)?.type, type, text);
});

test('their everyday neighbours are not', () => {
  for (const text of [
    'shook the rug out the window',
    'i need a compass for the geometry exam',
    'my son takes my car every weekend',
    'she keeps turning up late to our meetings',
    'i know what time the bus leaves',
    'numb hands and feet whenever im anxious',
    'this essay is not making sense to me',
    'the rash faded after a day',
    "i won't be around next week, i'm on holiday",
    'we set a date for the wedding',
    'i have a date tonight and im nervous',
    "i'm not going to do anything to myself, i just needed to say it",
    'not sure why im even here, i think i just wanted to tell someone',
    'i dont know how to do it, the form is 40 pages',
    'i want to end it with him but i dont know how to say it',
  ])
    assert.equal(risk(text), undefined, text);
});

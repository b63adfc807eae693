import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { understand } from './index.ts';
import { riskCuesReader } from './readers.ts';

// The rule readers, so these hold whatever the learned model says
function ownRisk(text: string, whole = false): RiskObservation | undefined {
  const observations = whole ? understand(text) : analyse(text, { readers: [riskCuesReader] }).observations;
  return observations.find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );
}

test('pills taken or asked about by amount are suicide risk, taken ones clear', () => {
  assert.equal(ownRisk('i took my whole week of meds at once. idk why')?.level, 'clear');
  assert.equal(ownRisk('took 4 of the oxy and half a bottle of wine, feel floaty')?.level, 'clear');
  assert.equal(ownRisk('swallowed a handful of stuff from the bathroom cabinet')?.level, 'clear');
  assert.equal(ownRisk('what happens if you take 30 of paracetamol')?.type, 'suicide');
  assert.equal(ownRisk('maybe i will take all of them at once and be done')?.type, 'suicide');
});

test('means named with a state or kept in mind, a plan\'s "how", letting it happen: risk', () => {
  for (const text of [
    'the shotgun is cleaned and loaded. just saying',
    'still have the pills in my pocket from work',
    'cant stop thinking about my dads old rifle in the loft',
    'bought charcoal today',
    'been thinking about how id do it',
    'i could just stop eating and let it happen',
    'tired. wanna lie down and never wake up',
    'kept walking into the sea in my head',
    'why bother living honestly',
    'i stopped caring whether i live',
    'i have done what i came to do in this life. just waiting now',
    'cewerslide thoughts',
    'sui cide',
    'thinking of \u{1FAA2}',
  ])
    assert.ok(ownRisk(text, true), text);
});

test('abuse, self-harm, harm to others and emergencies said sideways are read', () => {
  assert.equal(ownRisk('he said next time hell put me in hospital')?.type, 'abuse');
  assert.equal(ownRisk('my stepdad throws things at us when hes drunk')?.type, 'abuse');
  assert.equal(ownRisk('cutting is the only thing that helps')?.type, 'self-harm');
  assert.equal(ownRisk('i pull my hair out until there are bald patches')?.type, 'self-harm');
  assert.equal(ownRisk('i keep hearing voices telling me to hurt my neighbours')?.type, 'harm-to-others');
  assert.equal(ownRisk('i keep wanting to put something in her coffee')?.type, 'harm-to-others');
  assert.equal(ownRisk('ate a cookie with nuts and my throat feels tight')?.type, 'medical-emergency');
  assert.equal(ownRisk('my husband is unconscious, what do i do')?.level, 'clear');
  assert.equal(ownRisk('38 weeks and the baby hasnt moved since last night')?.type, 'medical-emergency');
});

test('someone else collapsed with an ambulance coming stays theirs', () => {
  assert.equal(ownRisk('my dad collapsed and hes not breathing right, ambulance is on the way'), undefined);
});

test('topics, denials, idioms and jokes are no clear risk', () => {
  for (const text of [
    'my grandson set up this chat for me, hope im doing it right',
    'did you get my last message?',
    'my therapist asked if i was suicidal and i said no and meant it',
    'gun to my head i couldnt tell you what i ate today',
    'is self harm addictive? asking for my psych essay',
    'my essay is on self harm in teenagers',
    'ever since my sisters suicide attempt i have been her carer',
    'ugh i wanna die, i sent it to the wrong person 😭',
    'is it bad that i joke about wanting to die? i dont mean it',
    'i have a knife in my hand because im chopping onions lol',
  ])
    assert.notEqual(ownRisk(text, true)?.level, 'clear', text);
  for (const text of ['he is cutting 450 pounds for carpet', 'they keep cutting my hours'])
    assert.equal(ownRisk(text, true), undefined, text);
});

test('the plain forms still read clear', () => {
  // round 16: a plain wish to die is `possible` (risk-intent-now.ts: v12–v27's writers, about 20 against 4); the
  // direct question is asked and a yes is the crisis. It is still read as the person's risk
  assert.equal(ownRisk('i want to die', true)?.level, 'possible');
  for (const text of ['this is my last message', 'the knife is in my hand', 'i self harm most nights'])
    assert.equal(ownRisk(text, true)?.level, 'clear', text);
});

test('a note or letters written in the past tense are a clear disclosure; notes for work are not', () => {
  // round 7: the kind recurs across writers (v1–v8, 24 of 26 labelled items clear)
  for (const text of ['wrote a note', 'i wrote the letters tonight one for mum one for my brother'])
    assert.equal(ownRisk(text)?.level, 'clear', text);
  for (const text of [
    'i wrote the notes for the meeting',
    'finished my notes for the exam',
    'i finally wrote the letter to my dad telling him how i felt',
    'left a note on the fridge for my flatmate',
  ])
    assert.equal(ownRisk(text), undefined, text);
});

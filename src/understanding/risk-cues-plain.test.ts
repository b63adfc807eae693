import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { riskCuesReader } from './readers.ts';

// The rule reader alone, so these hold whatever the learned model says
function ownRisk(text: string): RiskObservation | undefined {
  return analyse(text, { readers: [riskCuesReader] }).observations.find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );
}

test('passive ideation and hopelessness said sideways are possible risk', () => {
  for (const text of [
    'i just wanna sleep for a really long time and not deal with anything',
    'some nights i hope god will take me',
    'i see no reason to carry on since she left',
    'i think all the time about die',
    'why am i still here honestly',
    "what's the point of any of it",
    'cant do this anymore',
    'i cannot picture a future for me',
  ]) {
    assert.equal(ownRisk(text)?.level, 'possible', text);
    assert.equal(ownRisk(text)?.type, 'suicide', text);
  }
});

test('fear of oneself, and voices telling one to hurt oneself, are possible risk', () => {
  for (const text of [
    "i'm scared of myself tonight",
    'i dont feel safe with my thoughts right now',
    'the voice keeps telling me to hurt myself',
  ])
    assert.equal(ownRisk(text)?.level, 'possible', text);
});

test('preparation told as errands is clear risk', () => {
  for (const text of [
    'i went to three shops so they wouldnt notice how many i bought',
    'pills in hand',
    'i looked up which pills are lethal in combination',
    'made a list of who gets what. left the flat keys with a note',
  ])
    assert.equal(ownRisk(text)?.level, 'clear', text);
});

test('abuse with the abuser named, and medical emergencies in plain words', () => {
  assert.deepEqual(
    [
      ownRisk('my stepdad just slapped me and hes still shouting')?.type,
      ownRisk('my stepdad just slapped me')?.level,
    ],
    ['abuse', 'clear'],
  );
  assert.equal(ownRisk('having an asthma attack and my inhaler is empty')?.level, 'clear');
  assert.equal(ownRisk('my sugar is really low and i feel confused')?.type, 'medical-emergency');
  assert.equal(ownRisk("i'm so close to shaking him, he won't stop screaming")?.type, 'harm-to-others');
});

test('everyday words that look like these are not risk', () => {
  for (const text of [
    "i'm going to do it tomorrow, the essay i mean",
    'bought everything i need for the party',
    'my mum pushed me to apply for the job',
    'he will take me to the station at 6',
    'hit me with your best tip',
    'i buy rope for the garden',
    'heart is going 100mph after that run',
    'i cant do this maths homework anymore',
    "what's the point of revising if i blank anyway",
    'ready to go to the gym',
  ])
    assert.equal(ownRisk(text), undefined, text);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { riskCuesReader } from './readers.ts';

// The rule readers alone, so these hold whatever the learned model says. Regression tests of the team's own
// wording for the round-10 kinds, not a measurement (the kinds were read on the seen v14/v15 misses)
function ownRisk(text: string): RiskObservation | undefined {
  return analyse(text, { readers: [riskCuesReader] }).observations.find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );
}

test('a means kept, or a means or place the mind goes back to, is suicide risk', () => {
  assert.equal(ownRisk('hid my uncles rifle in the wardrobe this morning')?.level, 'clear');
  assert.equal(ownRisk('the hosepipe and some tape are in the boot')?.type, 'suicide');
  for (const text of [
    'i keep staring at the tablets on the shelf',
    'my mind keeps going back to the railway at night',
    'thinking about just turning on the gas and going to bed',
    'the car park roof is high enough. been looking at it every day',
  ])
    assert.equal(ownRisk(text)?.type, 'suicide', text);
});

test('an ending arranged, the wish to be gone asked, a future without me: a check-in', () => {
  for (const text of [
    'sorting out who gets my things. in case',
    'after this week i wont need any of it anymore',
    'would my family even notice if i was gone',
    'why keep going, seriously',
    'whats the point of me tbh',
    'kind of hoping the biopsy comes back bad',
    'there is no future that has me in it',
    'thinking about not existing anymore',
    'my brain keeps giving me images of myself hanging',
    'the urge to just let go of the wheel on the motorway',
    'mum found me on sunday before i could finish it',
    'if the plane crashed on the way home i would not mind',
    'i cant see myself getting through another winter',
    'been thinking about taking the lot all',
  ])
    assert.ok(ownRisk(text), text);
});

test('purging and a cut that bleeds are self-harm', () => {
  assert.equal(ownRisk('made myself puke after dinner again')?.type, 'self-harm');
  assert.equal(ownRisk('still bleeding from where i cut last night')?.type, 'self-harm');
});

test('emergencies, abuse and harm to others said plainly', () => {
  assert.equal(ownRisk('my husband collapsed on the floor and hes not responding')?.level, 'clear');
  assert.equal(ownRisk('22 weeks pregnant and there is blood, quite a lot')?.type, 'medical-emergency');
  assert.equal(ownRisk('my chest goes heavy when i walk up the hill to work')?.type, 'medical-emergency');
  assert.equal(
    ownRisk('the agency has all our passports and says we cannot leave till we pay')?.type,
    'abuse',
  );
  assert.equal(ownRisk('my stepdad says i have to keep it secret')?.type, 'abuse');
  assert.equal(
    ownRisk('he goes round with a bat if anyone crosses him and im going round with the knife')?.type,
    'harm-to-others',
  );
  assert.equal(ownRisk('quiero morir, no puedo mas')?.type, 'suicide');
});

test('the everyday sides of the same words are not risk', () => {
  for (const text of [
    'why do i keep waking up at 4am every night',
    'why keep going with this course if i hate it',
    'thinking about the gas bill again ugh',
    'made myself sick with worry before the interview',
    'looking at the bridge photos from our trip',
    'my dad collapsed and isnt breathing properly, ambulance is coming',
    'my chest gets tight when i think about the presentation',
    'done with everything for today, off to bed',
    'taking them all to the park after lunch',
  ])
    assert.equal(ownRisk(text), undefined, text);
});

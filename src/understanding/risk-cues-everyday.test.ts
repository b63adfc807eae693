import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';
import { riskCuesReader } from './readers.ts';

// The cue reader alone, so these hold whatever the learned model says; the sentences are the
// team's own, written for each kind, never copied from a blind set
function ownRisk(text: string): RiskObservation | undefined {
  return analyse(text, { readers: [riskCuesReader] }).observations.find(
    (item): item is RiskObservation => item.kind === 'risk' && item.about !== 'other' && !item.past,
  );
}

test('ideation said as a mood, a verdict or a loud thought is possible suicide risk', () => {
  for (const text of [
    'not waking up sounds kind of nice lately',
    'ending it all feels like the only way out',
    'the suicidal thoughts are back and loud',
    'killing myself has crossed my mind a few times',
    'i cant stop thinkin about dying',
    'my head keeps telling me to just end it',
    'praying i dont wake up tomorrow',
    'honestly without my dog i dont think id still be here',
    'if she leaves im going to end it',
    'whats the quickest way to go',
  ])
    assert.equal(ownRisk(text)?.type, 'suicide', text);
});

test('harm to the skin and head, told plainly, is self-harm', () => {
  for (const text of [
    'held a lighter to my arm again',
    'been banging my head on the wall until it stops',
    'pulled my hair out again, theres a patch now',
    'want to s/h tonight',
    'bleeding from my wrist and it wont stop',
    'i dont know what ill do to myself tonight',
  ])
    assert.equal(ownRisk(text)?.type, 'self-harm', text);
});

test('control at home, a threat for leaving, hands on the neck are abuse', () => {
  for (const text of [
    'my husband wont let me have my own money',
    'he keeps my passport in his safe',
    'my girlfriend checks my phone every day',
    'if i leave him he will hurt me',
    'he put his hands round my throat last night',
    'i flinch whenever he comes home',
  ])
    assert.equal(ownRisk(text)?.type, 'abuse', text);
});

test('the body failing in plain words is a medical emergency', () => {
  for (const text of [
    'my tongue is swelling up after that curry',
    'slipped in the bath and i cant get up',
    'havent felt the baby kick since last night',
    'my sight went blurry on one side',
    'tight chest and my left arm is numb',
  ])
    assert.equal(ownRisk(text)?.type, 'medical-emergency', text);
});

test('a flash of wanting to hurt someone, or a weapon carried, is harm to others', () => {
  for (const text of [
    'i get this urge to shake the baby when she screams',
    'carrying a knife in my bag now every day',
  ])
    assert.equal(ownRisk(text)?.type, 'harm-to-others', text);
});

test('near misses stay quiet: idioms, errands, ordinary tiredness', () => {
  for (const text of [
    'this bug is like banging my head against a brick wall',
    "i'm going to end it early today, brain is fried",
    "i'll end it with him tomorrow, i'm done with the relationship",
    'fell asleep on the sofa and cant get up in the mornings',
    'my last message to him was rude',
    'wrote a goodbye card for my colleague',
    'my mum wont let me go to the party',
    'i ran hot water on my hands to calm down',
    'my heart was racing before the interview',
    'the dying plant on my desk is a mood',
    'cleaned the bathroom, it only took 20 minutes in the end',
    'it took a lot of courage to send it',
  ])
    assert.equal(ownRisk(text), undefined, text);
});

test('the same words about someone else are theirs', () => {
  for (const text of [
    'my nan fell and cant get up, on my way over',
    'roommate is having a seizure what do i do',
  ])
    assert.equal(ownRisk(text), undefined, text);
});

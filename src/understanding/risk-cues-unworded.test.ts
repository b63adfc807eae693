import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

// the person's own risk now: not someone else's, not history
const ownRisk = (text: string) =>
  understand(text).find(
    (observation): observation is RiskObservation =>
      observation.kind === 'risk' && observation.about !== 'other' && !observation.past,
  );

test('a plan or a date kept back, or the means ready and only the nerve missing, asks the check-in', () => {
  for (const text of [
    "i've come up with a plan, i'm not telling anyone what",
    'i have my plan and i know when.',
    'chosen the day now, its friday',
    'everything i need is in the garage, i only need the bottle',
  ])
    assert.equal(ownRisk(text)?.type, 'suicide', text);
  for (const text of [
    "i've made a plan for the essay and i know when i'm starting it",
    "we've set a date for the wedding!",
    'got a date tonight, wish me luck',
    'everything i need for the interview is ready, just need the nerve to walk in',
  ])
    assert.equal(ownRisk(text), undefined, text);
});

test('a crossing or rail with a lure, passive wishes in work or metaphor terms, and an old attempt felt again', () => {
  for (const text of [
    'stood by the railway tracks after my shift and it looked so easy',
    'nobody would miss one more cleaner like me',
    'honestly the only way out is out',
    "i wouldn't care if the lorry didn't brake on my walk home",
    'i overdosed when i was 22 and i am feeling the same way now',
  ])
    assert.equal(ownRisk(text)?.type, 'suicide', text);
  for (const text of [
    'the level crossing by us is so slow, took twenty minutes',
    'nobody would miss a meeting like that one',
  ])
    assert.equal(ownRisk(text), undefined, text);
});

test('harm done to the person that is ongoing but not this minute is abuse, even when called normal', () => {
  for (const text of [
    'my cousin does stuff to me when he stays over',
    'she reads all my texts and takes my pay and says i am worthless, it is how it is here',
    'my stepdad turns violent whenever he has been drinking, most fridays',
  ])
    assert.equal(ownRisk(text)?.type, 'abuse', text);
  assert.equal(ownRisk('my dad gets grumpy when he drinks coffee late'), undefined);
  assert.equal(ownRisk('my manager checks my emails and says my reports are great'), undefined);
});

test('a threat with no idiom is harm to others', () => {
  assert.equal(
    ownRisk("if she bins my things again i swear i'll do something i can't undo")?.type,
    'harm-to-others',
  );
  assert.equal(ownRisk('i did something at work i cannot take back, sent the email to everyone'), undefined);
});

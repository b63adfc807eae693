import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';
import { RISK_CUES_FLAT } from './risk-cues-flat.ts';

const risks = (text: string): RiskObservation[] =>
  understand(text).filter((item): item is RiskObservation => item.kind === 'risk');
const ownRisk = (text: string): RiskObservation | undefined =>
  risks(text).find((item) => item.about !== 'other' && !item.past);
const flatCueIds = (text: string): string[] =>
  RISK_CUES_FLAT.filter((cue) => cue.pattern.test(text)).map((cue) => cue.id);
const reading = (text: string) => {
  const risk = ownRisk(text);
  return risk ? `${risk.type}/${risk.level}` : undefined;
};

test('a recent attempt told flatly is the crisis; a thing attempted is not', () => {
  assert.equal(reading('i attempted on sunday. nobody knows'), 'suicide/clear');
  assert.equal(reading('attempted last weekend, didnt tell anyone'), 'suicide/clear');
  assert.equal(ownRisk('i attempted the exam twice'), undefined);
  assert.equal(ownRisk('i made an attempt to call her'), undefined);
});

test('a plan and the means, no method named, is the crisis; a business plan is not', () => {
  assert.equal(reading("i've got a plan and the means"), 'suicide/clear');
  assert.equal(reading('i have a plan and i have what i need'), 'suicide/clear');
  assert.equal(ownRisk("i've got a plan and the means to start my own business"), undefined);
});

test('a place with tonight and no coming back, or at water going in unable to swim, is the crisis', () => {
  assert.equal(
    reading("been up to the quarry four nights running, tonight i don't think i'm coming back"),
    'suicide/clear',
  );
  assert.equal(reading('at the lake now. gonna go in. i cant swim'), 'suicide/clear');
  assert.equal(reading("i'm stood at the river. i'll go in. never could swim"), 'suicide/clear');
  assert.ok(
    !flatCueIds('going to the beach tonight, not coming back till late').includes('place-tonight-not-back'),
  );
  assert.equal(
    ownRisk("we're at the lake, going in for a swim, the kids can't swim yet so armbands"),
    undefined,
  );
});

test('the unsaid way out and "why am i even still here" are asked about', () => {
  assert.equal(reading("no way out apart from the one i won't name"), 'suicide/possible');
  assert.equal(reading('WHY AM I EVEN STILL HERE'), 'suicide/possible');
});

test('harm to a named other said plainly is asked about', () => {
  assert.equal(reading("one day i think i'll do something really bad to my boss"), 'harm-to-others/possible');
  assert.equal(reading('thought about putting something in her tea'), 'harm-to-others/possible');
  assert.equal(ownRisk('putting some sugar in his tea for him'), undefined);
});

test("a parent figure's hitting that goes on is abuse; someone heard being hit is at least someone else's", () => {
  assert.equal(reading('stepmum slaps me when dad isnt around, has done for years'), 'abuse/clear');
  const heard = risks("he's hitting her again, i can hear it");
  assert.ok(heard.some((item) => item.type === 'abuse'));
});

test('an emergency in everyday words: out of icy water shaking, a broken hip and unable to get up', () => {
  assert.equal(
    reading("went through the ice on the pond, i'm out but i can't stop shaking"),
    'medical-emergency/clear',
  );
  assert.equal(
    reading("fell off the ladder, pretty sure my hip is broken, can't get up"),
    'medical-emergency/clear',
  );
  assert.equal(ownRisk("laughed so hard at the film i can't stop shaking"), undefined);
});

test('a method set up now or a way chosen is the crisis, not the check-in', () => {
  assert.equal(reading('the gas is on in the kitchen and i have sealed the door'), 'suicide/clear');
  assert.equal(reading('the cliff. tonight. not coming back'), 'suicide/clear');
  assert.equal(reading("i read up on ways to do it and i've picked one"), 'suicide/clear');
  assert.equal(reading('gas is on, kettle going, shut the door so the cat stays in'), undefined);
});

test('a crushed chest with a numb arm is an emergency; a tight chest from worry is not the crisis', () => {
  assert.equal(
    reading('chest feels crushed and my left arm has gone numb for half an hour'),
    'medical-emergency/clear',
  );
  assert.notEqual(
    reading('my chest gets tight when i think about the essay and my arm goes numb from typing'),
    'medical-emergency/clear',
  );
});

test('a real disclosure beside a thing attempted still reads', () => {
  assert.equal(
    reading('i attempted the exam again today. i attempted on friday too, nobody knows'),
    'suicide/clear',
  );
});

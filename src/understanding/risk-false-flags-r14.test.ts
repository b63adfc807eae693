import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RiskObservation } from '../spec/observation.ts';
import { understand } from './index.ts';

const ownRisk = (text: string) =>
  understand(text).find(
    (observation): observation is RiskObservation =>
      observation.kind === 'risk' && observation.about !== 'other' && !observation.past,
  );

// the lead's classes of false flag from a fresh set (round 14), in words of our own
test('hyperbole laughed off and moved on, and a chat closed for now, stay ordinary', () => {
  for (const text of [
    "i'm going to jump off the roof haha anyway back to the essay",
    'i will literally walk into the sea lol anyways what did you mean before',
    "that's enough for today, let's end it here",
    "let's stop here and carry on when i get back",
  ])
    assert.equal(ownRisk(text), undefined, text);
  // laughed but not moved on, or the laugh taken back, still reads
  assert.ok(ownRisk('i want to die lol'));
  assert.ok(ownRisk("i'll jump off the roof lol anyway no but seriously i mean it"));
  // an ending that names a life is not the chat's
  assert.ok(ownRisk("no more for tonight, i'm going to end my life"));
});

test("a carer weighing a care home and a retiree's lost role stay ordinary; the same words alone still read", () => {
  for (const text of [
    "i can't keep this up much longer looking after dad, but then what, a nursing home?",
    'since i retired from the depot no one needs me anymore',
  ])
    assert.equal(ownRisk(text), undefined, text);
  assert.ok(ownRisk("i can't do this much longer"));
  assert.ok(ownRisk('nobody needs me, never have'));
});

test("someone else's wish to be dead, in their words, is theirs", () => {
  const read = understand('my nan keeps telling everyone she would be better off dead').filter(
    (observation) => observation.kind === 'risk',
  );
  assert.ok(read.length > 0);
  assert.ok(read.every((observation) => observation.kind === 'risk' && observation.about === 'other'));
  // "everyone would be better off without me" is still the person's own
  assert.ok(ownRisk('everyone would be better off without me'));
  assert.ok(ownRisk("my husband works all hours, he'd be better off without me"));
});

test('a disclosure said beside closing words, caring words or a laugh still reads', () => {
  for (const text of [
    'done for today. honestly i want to end it all',
    'no more for tonight, i just want to disappear forever',
    "that's enough for now. i wont be around much longer anyway",
    'i cant do this much longer, maybe a care home for him and i just end it',
    'im going to throw myself off the bridge tonight lol anyway',
  ])
    assert.ok(ownRisk(text), text);
});

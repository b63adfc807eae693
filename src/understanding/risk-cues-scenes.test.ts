import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const ownLevel = (text: string) => {
  const own = understand(text).filter(
    (observation) => observation.kind === 'risk' && observation.about !== 'other' && !observation.past,
  );
  if (own.some((observation) => observation.kind === 'risk' && observation.level === 'clear')) return 'clear';
  return own.length > 0 ? 'possible' : undefined;
};

test('a place of water or height pictured as welcoming, or the person at its edge now, asks the check-in', () => {
  for (const text of [
    'the canal would be so peaceful at this time of night',
    'keep wondering how cold the river would feel',
    'sat at the end of the jetty on my own, nobody about',
  ])
    assert.ok(ownLevel(text), text);
  assert.equal(ownLevel('we had chips at the end of the pier, the sea was lovely'), undefined);
});

test('a method in place is clear, means held or kept back is possible', () => {
  assert.equal(ownLevel('got the tube fixed onto the exhaust in the garage'), 'clear');
  assert.equal(ownLevel('tried the cord on the banister and it held'), 'clear');
  for (const text of [
    "i've been sitting with grandad's shotgun on my lap every night",
    'sat staring at the packet of paracetamol for an hour',
    "still got mum's morphine from when she was ill, kept it just in case",
  ])
    assert.ok(ownLevel(text), text);
  assert.equal(ownLevel('finally threw out the old paracetamol that expired in 2019'), undefined);
});

test('an act left unnamed, timed for when nobody is around or for after this talk, asks the check-in', () => {
  for (const text of [
    'going through with it when everyone is at work tomorrow',
    "once we're done talking i'm going to do it",
    'after tonight nobody will have to worry about me anymore',
  ])
    assert.ok(ownLevel(text), text);
  for (const text of [
    'once we finish this chat im going to do the washing up',
    "i'll do the essay tonight when the kids are in bed",
  ])
    assert.equal(ownLevel(text), undefined, text);
});

test('passive ideation in plain words asks the check-in; a laugh or a chore does not', () => {
  for (const text of [
    "honestly can't see the point of waking up",
    'feels like my life is finished',
    "i'm done with everything and all of it",
    'no reason to hang around now the kids have gone',
  ])
    assert.ok(ownLevel(text), text);
  for (const text of [
    'my life is over lol my brother saw my texts',
    "i'm done with everything at work for the week",
  ])
    assert.equal(ownLevel(text), undefined, text);
});

test('an old self-harm habit wished for now is present, told as history it is not', () => {
  assert.ok(ownLevel('tempted to burn myself like i used to'));
  assert.ok(ownLevel('the marks had gone white but i started again last week'));
  assert.equal(ownLevel('i used to cut when i was at school, not for years now'), undefined);
});

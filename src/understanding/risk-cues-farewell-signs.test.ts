import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const ownRisk = (text: string, earlier: readonly string[] = []) =>
  understand(text, earlier).some(
    (observation) => observation.kind === 'risk' && observation.about !== 'other' && !observation.past,
  );

test('farewell signs told as errands read as a possible risk', () => {
  for (const text of [
    'rehomed my old cat last week. told the neighbours it was my hours',
    'been giving away my vinyl, no point keeping it',
    'sorted all my paperwork so my daughter wont have to do anything',
    'left my bank pins in the kitchen drawer for the boys to find',
    'at least the insurance would be worth something for my wife',
    'honestly im worth more to them gone',
    "handed my tools to the lad next door. won't be needing them anymore",
  ])
    assert.ok(ownRisk(text), text);
});

test('a farewell the others cannot see, and attempts counted in recent time, read as a possible risk', () => {
  assert.ok(ownRisk('hugged my brother at the station, he doesnt know it was the last goodbye'));
  assert.ok(ownRisk('i wrote cards to everyone i care about this morning'));
  assert.ok(ownRisk('three tries since christmas, next one will work'));
  assert.equal(ownRisk('two attempts this year at the theory test, third on friday'), false);
  assert.equal(ownRisk('he doesnt know its the last time the shop opens on sundays'), false);
});

test('the burden said sideways reads as a possible risk', () => {
  for (const text of [
    'my sister would be upset for a few days then she would be fine',
    'they would forget about me in a couple of weeks tbh',
    'the world does not need someone like me',
    'whats the difference if im alive or not',
  ])
    assert.ok(ownRisk(text), text);
});

test('packs bought from many shops, and self-harm in emoji or plain non-native words, read as a risk', () => {
  for (const text of [
    'got paracetamol from three different chemists so no one would ask',
    'wanting to do the 🔪 thing again',
    'i make marks on my skin with the compass when exam is bad',
    'thighs are all cut up again',
  ])
    assert.ok(ownRisk(text), text);
});

test('the same words about errands, pets moving with a flat, or a committee read as nothing', () => {
  for (const text of [
    'rehoming the dog because the new flat doesnt allow pets',
    'sorted all my papers for the mortgage meeting',
    'wrote letters to everyone on the parents committee',
    'the insurance paid out for the car, at least that was worth something',
    'she would be sad for a bit about the cancelled trip',
    'got the cake from the shop so nobody would know i didnt bake it',
  ])
    assert.equal(ownRisk(text), false, text);
});

test('one own funeral pictured in a health scare or laughed off is not read as risk; wished for, it is', () => {
  assert.equal(ownRisk('cant sleep, keep picturing my own funeral, who would even turn up lol'), false);
  assert.equal(
    ownRisk('at night i think about my funeral', ['the biopsy results come back in a week']),
    false,
  );
  assert.ok(ownRisk('at night i think about my funeral'));
  assert.ok(ownRisk('planning my own funeral songs 😂 no but seriously'));
});

test('history that a later sentence brings back is present risk', () => {
  assert.ok(ownRisk("i used to think about ending it. lately it's every night again"));
  assert.equal(ownRisk('i used to think about ending it. that was years ago'), false);
});

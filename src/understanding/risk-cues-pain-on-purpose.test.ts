import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RISK_CUES_PAIN_ON_PURPOSE } from './risk-cues-pain-on-purpose.ts';
import { reading } from './testing/own-risk-reading.ts';

const painCueIds = (text: string): string[] =>
  RISK_CUES_PAIN_ON_PURPOSE.filter((cue) => cue.pattern.test(text)).map((cue) => cue.id);

test('pain put on one own body on purpose is self-harm', () => {
  assert.equal(
    reading('Squeezing my knuckles against the desk edge till they bruise. Again.'),
    'self-harm/possible',
  );
  assert.ok(painCueIds('i smash my fists on my thighs when the thoughts get too loud').length > 0);
  assert.ok(painCueIds('keep twisting the skin on my wrists, on purpose, so i can feel it').length > 0);
  assert.equal(reading('i need to make pain on my arms or i cannot sleep'), 'self-harm/possible');
});

test('an everyday knock, or an animal or a child doing it, is not the cue', () => {
  assert.deepEqual(painCueIds('banged my head on the cupboard door, ouch'), []);
  assert.deepEqual(painCueIds('pressed my palm on the scanner at the gate'), []);
  assert.deepEqual(painCueIds('the puppy bites my hands on purpose when he wants to play'), []);
  assert.deepEqual(painCueIds('my toddler pinches my arms on purpose to get my attention'), []);
  // the animal beside the person's own: the person's own still flags
  assert.ok(painCueIds('the puppy bites my hands. and i bite my arms on purpose when it builds').length > 0);
});

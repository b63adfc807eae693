import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RISK_CUES_ARMED_INTENT } from './risk-cues-armed-intent.ts';
import { reading } from './testing/own-risk-reading.ts';

const armedCueIds = (text: string): string[] =>
  RISK_CUES_ARMED_INTENT.filter((cue) => cue.pattern.test(text)).map((cue) => cue.id);

test("a vehicle turned on someone's car is the crisis; a race is not", () => {
  assert.equal(
    reading("I'm going to plough into his pickup at the junction tomorrow."),
    'harm-to-others/clear',
  );
  assert.equal(reading('gonna ram that idiots car on the way home'), 'harm-to-others/clear');
  assert.deepEqual(armedCueIds('going to race his car at the track day'), []);
});

test('a weapon carried to where they are is the crisis; a tool taken for a job is not', () => {
  assert.equal(
    reading('on my way to her flat with a knife, she wont laugh at me again'),
    'harm-to-others/clear',
  );
  assert.equal(reading('heading round to my landlords house with the baseball bat'), 'harm-to-others/clear');
  assert.deepEqual(armedCueIds('going round to his house with the hammer to fix his shelves'), []);
  assert.deepEqual(armedCueIds('off to my dads farm with the axe to split the logs'), []);
});

test('a weapon readied while waiting for someone is the crisis', () => {
  assert.equal(
    reading('loaded the shotgun, sat on the stairs waiting for him to come home'),
    'harm-to-others/clear',
  );
  assert.deepEqual(armedCueIds('got the knife out and waiting for the oven to heat'), []);
});

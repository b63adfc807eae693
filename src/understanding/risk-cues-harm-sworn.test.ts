import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RISK_CUES_HARM_SWORN } from './risk-cues-harm-sworn.ts';
import { reading } from './testing/own-risk-reading.ts';

const swornCueIds = (text: string): string[] =>
  RISK_CUES_HARM_SWORN.filter((cue) => cue.pattern.test(text)).map((cue) => cue.id);

test('harm to a named other sworn or feared is asked about, and it is the person who would act', () => {
  assert.equal(
    reading('Honestly I think one day I will lay hands on my stepdad.'),
    'harm-to-others/possible',
  );
  assert.equal(
    reading("scared i'll crack and deck the next customer who calls me love"),
    'harm-to-others/possible',
  );
  assert.equal(
    reading('cant stop picturing battering that bloke from the taxi rank'),
    'harm-to-others/possible',
  );
  // the condition's other person does not make the harm theirs
  assert.equal(
    reading("if the lodger touches my food again i don't know what i'll do to him"),
    'harm-to-others/possible',
  );
});

test('idioms of throttling and going for things are not the cue', () => {
  assert.deepEqual(swornCueIds('i could strangle my cousin, she ate the last biscuit'), []);
  assert.deepEqual(swornCueIds('im gonna throttle this laptop'), []);
  assert.deepEqual(swornCueIds("i might go for the blue one, it's cheaper"), []);
  assert.deepEqual(swornCueIds('i swear i will batter this exam'), []);
  // an idiom beside a sworn harm: the harm still flags
  assert.ok(
    swornCueIds('i could strangle my cousin lol. but i swear ill put my hands on her bloke').length > 0,
  );
});

test('revenge promised is asked about; a bill split is not', () => {
  assert.equal(
    reading("i'm going to make every one of them pay. not sure how yet"),
    'harm-to-others/possible',
  );
  assert.deepEqual(swornCueIds('gonna make him pay for the taxi'), []);
  assert.deepEqual(swornCueIds("i'll make them pay back the deposit"), []);
});

test('an accident or an illness wished on oneself is a passive wish', () => {
  assert.equal(reading('some part of me wants the tumour to spread so i can stop'), 'suicide/possible');
  assert.equal(reading('hope the ferry sinks tbh'), 'suicide/possible');
  assert.deepEqual(swornCueIds("i hope the plane doesn't crash, i hate flying"), []);
});

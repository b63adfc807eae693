import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RISK_CUES_BODY_ALARM } from './risk-cues-body-alarm.ts';
import { reading } from './testing/own-risk-reading.ts';

const alarmCueIds = (text: string): string[] =>
  RISK_CUES_BODY_ALARM.filter((cue) => cue.pattern.test(text)).map((cue) => cue.id);

test('a fever with a stiff neck is asked about; a neck slept on is not', () => {
  assert.equal(
    reading("Temperature's up at 40 and my neck has gone stiff, light hurts too"),
    'medical-emergency/possible',
  );
  assert.equal(reading('stiff neck and burning up since last night'), 'medical-emergency/possible');
  assert.deepEqual(alarmCueIds('neck is stiff from the long drive'), []);
  assert.deepEqual(alarmCueIds('bit of a temperature, probably the flu going round'), []);
});

test('a diabetic with two signs of a hypo is the crisis, whoever it is', () => {
  assert.equal(reading('my son is type 1 and hes clammy and not making sense'), 'medical-emergency/clear');
  assert.equal(
    reading("i'm diabetic, shaking and sweaty and cant think straight"),
    'medical-emergency/clear',
  );
  assert.deepEqual(alarmCueIds('my diabetic cat is a bit shaky on her legs these days'), []);
});

test('numbness that climbs is asked about; cold toes are not', () => {
  assert.equal(
    reading('the tingling started in my fingers and its moving up my arms'),
    'medical-emergency/possible',
  );
  assert.equal(
    reading("haven't been able to feel my toes since lunch and now it's up to my shins"),
    'medical-emergency/possible',
  );
  assert.deepEqual(alarmCueIds('cant feel my toes its so cold at the bus stop'), []);
});

test('heat with sweating stopped is the crisis; a new deodorant is not', () => {
  assert.equal(
    reading('roofing in this heat all day, i stopped sweating an hour ago and feel weird'),
    'medical-emergency/clear',
  );
  assert.deepEqual(alarmCueIds('stopped sweating so much since the new deodorant'), []);
});

test('a lump that grows is asked about; one that went down is not', () => {
  assert.equal(reading('Lump behind my ear has got bigger over the summer'), 'medical-emergency/possible');
  assert.deepEqual(alarmCueIds('the lump on my shin went down after the ice'), []);
});

test('a fever with confusion or no fluids kept down is asked about', () => {
  assert.equal(
    reading('three days of fever and now grandad is drowsy and wont drink'),
    'medical-emergency/possible',
  );
  assert.deepEqual(alarmCueIds('had a fever last week, all good now, just tired'), []);
});

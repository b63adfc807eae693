import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownRisk, reading } from './testing/own-risk-reading.ts';

test('a poison already taken is the crisis; by accident it is a medical emergency; a pet is no person', () => {
  assert.equal(reading('i drank the weed killer'), 'suicide/clear');
  assert.equal(reading('necked some antifreeze from the garage like 20 min ago'), 'suicide/clear');
  assert.equal(
    reading('swallowed some drain cleaner by accident, throat on fire'),
    'medical-emergency/clear',
  );
  assert.equal(reading('my 3yo drank some bleach from under the sink'), 'medical-emergency/clear');
  assert.equal(ownRisk('my dog ate rat poison, what do i do'), undefined);
});

test('the abuser in the room now: with fear it is the crisis, with only "again" it is asked about', () => {
  assert.equal(reading("he's in my room again and i cant get out"), 'abuse/clear');
  assert.equal(reading('my stepdad is outside my door screaming'), 'abuse/clear');
  assert.equal(reading("he's in my room again"), 'abuse/possible');
  assert.equal(ownRisk('my brother is in my room again taking my charger'), undefined);
});

test("someone else's threat with a weapon and a time is the crisis", () => {
  assert.equal(reading('my ex said hes coming round tonight with a knife'), 'abuse/clear');
  assert.equal(reading("he's waiting outside my work with a bat"), 'abuse/clear');
});

test('a place and its height weighed is a plan; a height told as a view is not', () => {
  assert.equal(reading('the car park roof, level 7, thats where'), 'suicide/clear');
  assert.equal(reading('the bridge on the bypass is high enough'), 'suicide/clear');
  assert.equal(ownRisk('we went up the tower, its 300 feet high, amazing views'), undefined);
  assert.equal(ownRisk('my office is on the 12th floor of the tower'), undefined);
});

test('tonight is the night in chat spelling is asked about, a night out looked forward to is not', () => {
  assert.ok(ownRisk('2nite is the nite'));
  assert.ok(ownRisk("tonite's the nite"));
  assert.equal(ownRisk("tonight's the night! first date in ages"), undefined);
});

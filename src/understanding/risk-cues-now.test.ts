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

test("the act and its time said now, and pills taken named by 'them', are clear (the lead's fresh classes, round 19)", () => {
  assert.equal(reading("I CAN'T DO THIS ANYMORE, I'M ENDING IT TONIGHT"), 'suicide/clear');
  assert.equal(reading('IM DONE. IM ENDING IT TONIGHT AND NOBODY CAN STOP ME'), 'suicide/clear');
  assert.equal(reading('I TOOK THEM ALL. ALL OF THEM'), 'suicide/clear');
  assert.equal(reading('took them all. 20 min ago'), 'suicide/clear');
  assert.equal(reading('i already drink the bleach, my stomach is hurting'), 'suicide/clear');
  // a job, someone else's taking, a coffee, a break-up: no clear reading
  assert.equal(ownRisk('grim. 3 deaths on my watch. took them all down'), undefined);
  assert.equal(ownRisk('she took them all to the park'), undefined);
  assert.equal(ownRisk('i already drink the coffee this morning'), undefined);
  assert.notEqual(reading('im ending it with my boyfriend tonight'), 'suicide/clear');
  assert.notEqual(reading('im ending it tonight, he cheated again'), 'suicide/clear');
  assert.equal(reading('im ending it tonight, tell my wife im sorry'), 'suicide/clear');
});

test("'killing myself with work' is overwork; the act said beside it still reads clear (round 19)", () => {
  assert.equal(ownRisk("i'm killing myself with work today"), undefined);
  assert.equal(
    reading('im killing myself with work. honestly i want to kill myself tonight'),
    'suicide/clear',
  );
  assert.equal(reading('im going to kill myself with the pills tonight'), 'suicide/clear');
  assert.equal(reading('i want to kill myself with my dads gun'), 'suicide/clear');
});

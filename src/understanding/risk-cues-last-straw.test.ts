import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RISK_CUES_LAST_STRAW } from './risk-cues-last-straw.ts';
import { ownRisk, reading } from './testing/own-risk-reading.ts';

test('an ending after a condition is asked about; an evening ended is not', () => {
  assert.equal(reading('if the bank takes the van, thats it for me'), 'suicide/possible');
  assert.equal(
    reading('If the tribunal goes against me then that is me finished, and I mean for good.'),
    'suicide/possible',
  );
  assert.equal(reading('if she goes back to him thats it for me'), 'suicide/possible');
  assert.equal(ownRisk('if nobody else turns up thats it for me tonight, off home'), undefined);
  assert.equal(ownRisk("if it rains we'll stay in, that's it for the garden party"), undefined);
  // the evening ended beside a real ending: the ending still flags
  assert.equal(
    reading("if nobody turns up thats it for me tonight. if the van goes too, that's it for me"),
    'suicide/possible',
  );
});

test('a day set for the ending is asked about', () => {
  assert.equal(
    reading("giving it till my birthday and if nothing's different then that's it"),
    'suicide/possible',
  );
  assert.equal(
    ownRisk("i'll give it till friday and if he hasn't paid then that's it for the job"),
    undefined,
  );
});

test('"done" said twice is asked about, across a full stop; a task done is not', () => {
  assert.equal(reading('Im done. Im just done.'), 'suicide/possible');
  assert.equal(reading('im finished. completely finished'), 'suicide/possible');
  assert.equal(reading("i'm done. for good"), 'suicide/possible');
  assert.equal(ownRisk("i'm done, done with the marking for today"), undefined);
  assert.equal(ownRisk('done done lol, 2000 words in'), undefined);
  assert.equal(ownRisk('im done for the day'), undefined);
  // a task done beside the disclosure: the disclosure still flags
  assert.equal(
    reading('done with the marking lol. and im done. so done. with all of it'),
    'suicide/possible',
  );
});

test('not coming home, wondered, is asked about; a party skipped is not', () => {
  assert.equal(reading('wat if i never went back home after my shift, ever'), 'suicide/possible');
  assert.equal(reading('what if i just didnt go home?'), 'suicide/possible');
  assert.equal(ownRisk("what if i just didn't go to the wedding"), undefined);
  assert.deepEqual(
    RISK_CUES_LAST_STRAW.filter((cue) =>
      cue.pattern.test('what if i didnt go back to the office after lunch'),
    ),
    [],
  );
});

test('things given away, then not needed where one goes, is the crisis; a phone sold for a new one is not', () => {
  assert.equal(
    reading('handed my fishing rods to the young lad next door. dont need any of it where im going'),
    'suicide/clear',
  );
  assert.equal(reading("don't need them where i'm going"), 'suicide/possible');
  assert.equal(ownRisk('sold my old laptop, dont need it anymore, got a new one'), undefined);
  assert.equal(
    RISK_CUES_LAST_STRAW.filter((cue) => cue.id.startsWith('given-away')).filter((cue) =>
      cue.pattern.test("sold my bike, won't need to ride it again now i've got the car"),
    ).length,
    0,
  );
  // a gift for a new one beside a farewell: the farewell still flags
  assert.equal(
    reading(
      'sold my old laptop, got a new one. gave my records to my brother. wont need them where im going',
    ),
    'suicide/clear',
  );
});

test('a life habit ended after a gift is at least asked about', () => {
  assert.ok(
    reading('gave my racing pigeons to a mate. wont need to feed them again')?.startsWith('suicide/'),
  );
});

test('harm by chance welcomed as rest is asked about', () => {
  assert.equal(
    reading('if something happens to me on shift tonight at least i get to rest'),
    'suicide/possible',
  );
  assert.deepEqual(
    RISK_CUES_LAST_STRAW.filter((cue) =>
      cue.pattern.test('if something happens to me, my sister has the spare key'),
    ),
    [],
  );
});

test('a job or a thing finished is not an ending; a life ended still is (round 19)', () => {
  // real-style false matches of round 18: a yard job ended, a song finished
  assert.equal(
    ownRisk('need an eye test first. and if they say my eyes are gone thats me done in the yard'),
    undefined,
  );
  assert.equal(ownRisk('its done done. mixed, mastered, cover art ready'), undefined);
  // beside them, the disclosures still read
  assert.equal(reading('if she leaves thats me done in this world'), 'suicide/possible');
  assert.equal(reading('im done. so done'), 'suicide/possible');
  assert.equal(reading('done done. cant anymore'), 'suicide/possible');
});

test('an exam as the condition of an ending is no story (round 19)', () => {
  assert.equal(reading('if this exam goes bad thats it for me'), 'suicide/possible');
  // an evening of study ended is not an ending, nor a lecture too long
  assert.equal(ownRisk('studying for the exam, if i fail thats it for me tonight'), undefined);
  assert.equal(ownRisk('pls kill me this lecture is 3 hours'), undefined);
});

test("rest found in not coming back, and an ending tied to a day (the lead's fresh classes, round 19)", () => {
  assert.equal(
    reading('itd be restful to just not come back from the drive one day. anyway how are you lol'),
    'suicide/possible',
  );
  assert.equal(reading('wont be my problem after friday anyway'), 'suicide/possible');
  assert.equal(reading('after next week it wont matter anyway'), 'suicide/possible');
  // a day off work wished for, a job handed over, a thing that will not matter
  assert.equal(ownRisk('itd be nice to not go back to work on monday'), undefined);
  assert.equal(ownRisk('not my problem after friday, im handing the project over'), undefined);
  assert.equal(ownRisk('after friday it wont matter what grade i got'), undefined);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairClause } from './clause-repair.ts';

test('a singular person with a bare verb gets the agreement a reader expects', () => {
  assert.equal(
    repairClause("your husband say don't think about it"),
    "your husband says don't think about it",
  );
  assert.equal(repairClause('your mum tell you to relax'), 'your mum tells you to relax');
  assert.equal(repairClause('your parents say it is fine'), 'your parents say it is fine');
  assert.equal(repairClause('your husband will say it is fine'), 'your husband will say it is fine');
});

test('a role said without its article gets one', () => {
  assert.equal(repairClause('you feel like ungrateful daughter'), 'you feel like an ungrateful daughter');
  assert.equal(repairClause("here you're boring guy"), "here you're a boring guy");
  assert.equal(repairClause('if he thinks you are lazy student'), 'if he thinks you are a lazy student');
  assert.equal(repairClause('you feel like a bad daughter'), 'you feel like a bad daughter');
  assert.equal(repairClause('you are the only student'), 'you are the only student');
  assert.equal(repairClause('you are just student'), 'you are just student');
  assert.equal(repairClause('your mum and dad say no'), 'your mum and dad say no');
});

test('a clause that starts with its verb gets its subject back', () => {
  assert.equal(
    repairClause('snapped at your partner this morning over the kettle'),
    'you snapped at your partner this morning over the kettle',
  );
  assert.equal(repairClause('tried that already'), 'you tried that already');
  assert.equal(repairClause('you snapped at him'), 'you snapped at him');
});

test('chat fillers at the end are not said back', () => {
  assert.equal(repairClause("they'd clip it and make fun of you prob"), "they'd clip it and make fun of you");
  assert.equal(repairClause('it has been two years tbh'), 'it has been two years');
  assert.equal(repairClause('you miss them lol'), 'you miss them');
});

test('"not X, it\'s Y" is said back with the point first', () => {
  assert.equal(repairClause('its not the light its you'), "it's you, not the light");
  assert.equal(
    repairClause("it's not about the money, it's about respect"),
    "it's about respect, not the money",
  );
  assert.equal(repairClause('it wasnt the fall, it was the waiting'), 'it was the waiting, not the fall');
  assert.equal(repairClause("it's not easy"), "it's not easy");
});

test('a form of address or a dialect tag at the end is not said back', () => {
  assert.equal(
    repairClause("at your age time is the one thing you haven't got, young lady"),
    "at your age time is the one thing you haven't got",
  );
  assert.equal(repairClause("it's not home tho b'y"), "it's not home");
});

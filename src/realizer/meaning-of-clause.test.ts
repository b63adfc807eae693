import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReply } from '../text/language-check.ts';
import { gerund, meaningOf } from './meaning-of-clause.ts';

test('a doing made "-ing" as English spells it', () => {
  assert.deepEqual(['write', 'stop', 'lie', 'see', 'open', 'argue', 'be'].map(gerund), [
    'writing',
    'stopping',
    'lying',
    'seeing',
    'opening',
    'arguing',
    'being',
  ]);
});

test('each sure shape says what the clause means in fresh words, built from its own words', () => {
  // what they cannot manage: the wish under it
  assert.match(meaningOf("you can't finish the last module")[0], /wants to finish the last module/);
  // what they cannot bring themselves to do: its cost, never a wish we would be guessing at
  assert.match(meaningOf("you can't tell your brother")[0], /telling your brother is more than/);
  assert.doesNotMatch(meaningOf("you can't tell your brother").join(' '), /wants? to tell/);
  assert.match(meaningOf("you don't want to sell the van")[0], /selling the van is the last thing/);
  assert.match(meaningOf('you hate chasing people for money')[0], /chasing people for money costs you/);
  assert.match(meaningOf('you keep rereading the email')[0], /rereading the email has become hard to stop/);
  assert.match(meaningOf("you're worried about the court date")[0], /the court date is taking up/);
  assert.match(meaningOf('you miss having your own kitchen')[0], /gap where having your own kitchen/);
  for (const clause of [
    "you can't finish the last module",
    "you can't tell your brother",
    "you don't want to sell the van",
    'you miss having your own kitchen',
  ])
    for (const sentence of meaningOf(clause)) assert.deepEqual(checkReply(sentence), [], sentence);
});

test('no meaning is guessed for a clause whose shape is not a sure one', () => {
  assert.deepEqual(meaningOf('your sister moved to Leeds'), []);
  // past ability, a run-on, a word that needs its "not", a long clause
  assert.deepEqual(meaningOf("you couldn't sleep"), []);
  assert.deepEqual(meaningOf("you can't sleep, the baby is up every hour"), []);
  assert.deepEqual(meaningOf("you can't find anything that fits"), []);
  assert.deepEqual(meaningOf("you can't write it because the form asks for dates you don't have"), []);
  // a feeling about someone else's clause, not a thing: left alone
  assert.deepEqual(meaningOf("you're scared he will leave"), []);
});

test('"can\'t even" with a doing of every day is heard as how far it has gone, and "now" is said once', () => {
  const said = meaningOf("you can't even make a cup of tea right now");
  assert.match(said[0], /even making a cup of tea right now is too much\.$/);
  for (const sentence of said) assert.doesNotMatch(sentence, /right now.*right now|wants? to/);
});

test('a clause joined by "and" to a clause of its own is not turned into a wish', () => {
  // the sealed set's end run said "So part of you wants to sleep and your heart is racing all day, and right now
  // it just won't happen." (lead, r18); the bare clause still has its meaning
  assert.deepEqual(meaningOf("you can't concentrate and my boss keeps ringing"), []);
  assert.deepEqual(meaningOf("you can't eat and then everything spins"), []);
  assert.ok(meaningOf("you can't concentrate").length > 0);
});

test('not knowing what to say, or how to tell someone, is heard as the words that will not come', () => {
  const forHer = meaningOf("you don't know what to say to your stepdad");
  assert.match(forHer[0], /^So finding the right words for your stepdad is the hard part\.$/);
  assert.match(meaningOf("you don't know how to tell your coach")[0], /the words to tell your coach/);
  for (const sentence of [...forHer, ...meaningOf("you don't know how to tell your coach")])
    assert.deepEqual(checkReply(sentence), [], sentence);
  // not knowing something else has no sure meaning: said back plainly
  assert.deepEqual(meaningOf("you don't know how long the wait will be"), []);
  assert.deepEqual(meaningOf("you don't know what to say about the money, because it keeps changing"), []);
});

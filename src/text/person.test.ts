import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressesSomeone, toSecondPerson, trimClause } from './person.ts';

test('a first-person clause is said back in the second person with the idiom kept natural', () => {
  assert.equal(toSecondPerson("I can't even make myself open it."), "you can't even get yourself to open it");
  assert.equal(toSecondPerson('I was so sure I had it'), 'you were so sure you had it');
  assert.equal(toSecondPerson("I'm behind on my rent"), "you're behind on your rent");
  assert.equal(toSecondPerson('honestly I am just tired'), 'you are just tired');
  assert.equal(toSecondPerson('we broke up last month'), 'you broke up last month');
});

test('fillers and end punctuation are trimmed, the words kept', () => {
  assert.equal(trimClause('and like, I keep putting it off...'), 'I keep putting it off');
  // a hedge before an amount becomes "about"; a comparison after a verb of seeming stays
  assert.equal(
    trimClause('theres like 3 weeks of mugs under the bed'),
    'theres about 3 weeks of mugs under the bed',
  );
  assert.equal(toSecondPerson('i do like 40 draws a day'), 'you do about 40 draws a day');
  assert.equal(trimClause('i feel like 5 years old again'), 'i feel like 5 years old again');
  assert.equal(trimClause('i like 2 sugars'), 'i like 2 sugars');
  assert.equal(trimClause("I don't know, I just freeze!"), 'I just freeze');
});

test('a clause that speaks to someone is recognised', () => {
  assert.ok(addressesSomeone('can you help me'));
  assert.ok(!addressesSomeone('I lost my job'));
});

test('emoticons and emoji are the tone of a line, never said back', () => {
  assert.equal(trimClause("that's literally the whole plan :/"), "that's literally the whole plan");
  assert.equal(
    toSecondPerson('my chest is tight :( and I hate it 😭'),
    'your chest is tight and you hate it',
  );
  // a time is not an emoticon
  assert.equal(trimClause('see you at 10:30 today'), 'see you at 10:30 today');
});

test('chat spellings, inverted verbs and day names are said back properly', () => {
  assert.equal(toSecondPerson('theyd never notice'), "they'd never notice");
  assert.equal(toSecondPerson('its fine really'), "it's fine");
  assert.equal(toSecondPerson('what was I doing with my life'), 'what were you doing with your life');
  assert.equal(toSecondPerson('I see him on tuesday'), 'you see him on Tuesday');
  assert.equal(toSecondPerson('I will just skip it to be honest'), 'you will just skip it');
});

test('"it was me who…" keeps its "was": the subject is "it", not "you"', () => {
  assert.equal(toSecondPerson("they'd know it was me who told"), "they'd know it was you who told");
  assert.equal(toSecondPerson('that was me'), 'that was you');
  // the question's inverted verb still agrees
  assert.equal(toSecondPerson('what was i thinking'), 'what were you thinking');
});

test('an acronym that opens the clause keeps its capitals (fresh v31: "You\'re saying hR is his cousin")', () => {
  assert.equal(toSecondPerson('HR is his cousin'), 'HR is his cousin');
  assert.equal(toSecondPerson('NHS lost my referral'), 'NHS lost your referral');
  assert.equal(toSecondPerson('My boss is his cousin'), 'your boss is his cousin');
  assert.equal(toSecondPerson('I lost it'), 'you lost it');
});

test('"me time" is said back as time to themselves, never "you time"', () => {
  assert.equal(toSecondPerson('i never get any me time'), 'you never get any time to yourself');
  assert.equal(toSecondPerson('weekends are my me-time'), 'weekends are time to yourself');
});

test('"we\'ll" and "we\'d" are turned like "we": never left as our own future (v34: "in Exeter we\'ll be…")', () => {
  assert.equal(
    toSecondPerson("after the move we'll be strangers on the street"),
    "after the move you'll be strangers on the street",
  );
  assert.equal(
    toSecondPerson("we'd always eat together at the table"),
    "you'd always eat together at the table",
  );
  // "well" is never read as "we'll"
  assert.equal(toSecondPerson('it went well'), 'it went well');
});

test('"i don\'t know" before how/what/whether is what they say, not a filler stripped off', () => {
  assert.equal(trimClause('i dont know how to tell my brother'), 'i dont know how to tell my brother');
  assert.equal(
    toSecondPerson("I don't know whether the shop will survive"),
    "you don't know whether the shop will survive",
  );
  // still a filler before a clause of its own
  assert.equal(trimClause("i don't know, the bus was late again"), 'the bus was late again');
  assert.equal(trimClause('idk i just felt flat'), 'i just felt flat');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nounPhraseOf, replyTopic, topicPhrase } from './topic-phrase.ts';

test('a thing they named is taken in the second person', () => {
  assert.equal(nounPhraseOf('my firm offer is conditional on passing'), 'your firm offer');
  assert.equal(nounPhraseOf('i cant even go in the kitchen when they are there'), 'the kitchen');
  assert.equal(nounPhraseOf('My mother wants to help.'), 'your mother');
  assert.equal(nounPhraseOf('the letter from my employer. i have to ask HR'), 'the letter');
});

test('a phrase cut short or describing themselves is not taken', () => {
  assert.equal(nounPhraseOf('i used to actually like teaching thats the sad bit'), undefined);
  assert.equal(nounPhraseOf("so its like i'm the parent"), undefined);
  assert.equal(nounPhraseOf('my wife cooking is my whole life lol'), undefined);
  assert.equal(nounPhraseOf('im literally on my phone talking to you rn'), undefined);
  assert.equal(nounPhraseOf('it is the same every time'), undefined);
  assert.equal(nounPhraseOf('and the longer I leave it the worse it looks'), undefined);
});

test('the latest line that names a thing wins', () => {
  assert.equal(topicPhrase(['my sister said so', 'and the form is due']), 'the form');
  assert.equal(topicPhrase(['my sister is ill', 'i just cant']), 'your sister');
  assert.equal(topicPhrase(['i just cant']), undefined);
});

test('a noun modifier before a verb is the noun; where the body is, is no topic', () => {
  assert.equal(nounPhraseOf('in my last one the dentist say to me what happened'), 'the dentist');
  assert.equal(nounPhraseOf('the dentist appointment is on friday'), 'the dentist appointment');
  assert.equal(nounPhraseOf('i walked past her lead and just sat on the floor'), undefined);
  assert.equal(nounPhraseOf('i cried in the chair'), undefined);
  assert.equal(nounPhraseOf('i need to buy the chair for my desk'), 'the chair');
});

test('a yardstick, a set phrase, an adjective or a reporter is not their topic', () => {
  assert.equal(nounPhraseOf('it feels worse than my brothers funeral honestly'), undefined);
  assert.equal(nounPhraseOf('feels like the exam all over again'), undefined);
  assert.equal(nounPhraseOf('no your welcome'), undefined);
  assert.equal(nounPhraseOf('my bad, i forgot'), undefined);
  assert.equal(nounPhraseOf('its the youngest i worry for'), undefined);
  assert.equal(nounPhraseOf('get through it without a glass in my hand'), undefined);
  assert.equal(nounPhraseOf('my friends say forget him'), undefined);
  assert.equal(nounPhraseOf('My wife has already said the same thing.'), undefined);
  assert.equal(nounPhraseOf('my friend already has 15'), undefined);
  assert.equal(nounPhraseOf('buried my brother and didnt cry this much'), undefined);
  assert.equal(nounPhraseOf('My sister says I should just accept it at my age.'), undefined);
  assert.equal(nounPhraseOf('the test is on monday'), 'the test');
  assert.equal(nounPhraseOf('my brother is in hospital'), 'your brother');
  assert.equal(nounPhraseOf('my husband says the form is fine'), 'the form');
});

test('what it is not about is not the topic', () => {
  assert.equal(nounPhraseOf('aye. it wasnt the fall. it was her crying'), undefined);
  assert.equal(nounPhraseOf('its not the pages its the questions'), 'the questions');
});

test('a passing detail (one of a list, the dark they lie in, their brain) is not the topic', () => {
  assert.equal(
    nounPhraseOf("the young lad's in college and the wife's doing the books and the kids"),
    undefined,
  );
  assert.equal(nounPhraseOf('my brain just dont switch off, i lie there in the dark'), undefined);
});

test('kin by marriage keep their whole name', () => {
  assert.equal(nounPhraseOf('its my mother-in-law. she hates me'), 'your mother-in-law');
  assert.equal(nounPhraseOf('my father in law is ill'), 'your father-in-law');
  assert.equal(nounPhraseOf('the mother in law is visiting'), 'the mother-in-law');
});

test('a chat particle closing a line is no thing of theirs', () => {
  assert.equal(nounPhraseOf('I already do half the job sha'), undefined);
  assert.equal(nounPhraseOf('the rent tho'), undefined);
});

test("a reply's topic is this turn's, else the task only when this turn speaks of it", () => {
  const task = { object: 'the forms' };
  const feeling = { speaksOfTask: false, aboutFeeling: true };
  // shame at asking someone, with the forms named turns ago: not "the forms"
  assert.equal(replyTopic('i feel so ashamed even asking him', task, feeling), undefined);
  assert.equal(
    replyTopic('i still havent touched the forms', task, { ...feeling, speaksOfTask: true }),
    'the forms',
  );
  assert.equal(replyTopic('i hate asking the skipper', task, feeling), 'the skipper');
  // still on the task without naming it, and not about a feeling: the task
  assert.equal(
    replyTopic('in practice i never get round to it', task, { ...feeling, aboutFeeling: false }),
    'the forms',
  );
});

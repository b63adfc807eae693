import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from './analyse.ts';
import { concernOf } from './concern.ts';

const read = (text: string) => concernOf(text)[0]?.concern;

test('a fear, a "what if" and a dread felt in the gut are read as a fear', () => {
  assert.equal(read('yeah but what if i get it and im rubbish at it'), 'fear');
  assert.equal(read('yes but i am afraid if i push he not give me more work'), 'fear');
  assert.equal(read('Sick in the gut when the post comes'), 'fear');
});

test("someone else's fear, or a fear waved away, is not the person's", () => {
  assert.equal(read('my partner is supportive but i can see shes worried too'), undefined);
  assert.equal(read("i'm not scared of it, just bored"), undefined);
});

test('how it looks to others is read as shame before the fear beside it', () => {
  assert.equal(read('I feel rather foolish, a grown man afraid of envelopes.'), 'shame');
  assert.equal(read('honestly the worst bit is everyone thinks im flaky now'), 'shame');
  assert.equal(read("I just don't know how to say it without sounding weak."), 'shame');
});

test('a loss, being alone, left out, a burden, being on the receiving end', () => {
  assert.equal(read('i liked being needed'), 'loss');
  assert.equal(read('yes. and i have nobody here to talk. only you'), 'alone');
  assert.equal(read('everyone in office already has their groups'), 'left-out');
  assert.equal(read("Don't want to be a nuisance."), 'burden');
  assert.equal(read('theres no talking to her. she just screams'), 'done-to');
});

test('a line of advice or a comparison is read as the pressure it puts on them', () => {
  assert.equal(read('My son says just get a house clearance firm in. He means well.'), 'pressure');
  assert.equal(read('my friend already has 15'), 'compared');
  // agreeing is no pressure; friends who "have to cover" are no comparison
  assert.equal(read('my teacher said that too'), undefined);
  assert.equal(read('if i take leave my friends have to cover'), undefined);
});

test('a "can\'t" is a wall in front of a task only when it is about starting or doing it', () => {
  assert.equal(read('5 a week lol i cant even do 1'), 'stuck');
  assert.equal(read('The statements go straight in a drawer'), 'stuck');
  assert.equal(read('and honestly i cant sleep anyway so what else would i do'), undefined);
  assert.equal(read('i cant wait for the weekend'), undefined);
  // "i missed it" is a missed date, not a loss
  assert.equal(read('the real reason i missed it is kinda awkward'), undefined);
});

test('the concern is read in the turn by analyse, with the span of its words', () => {
  const text = 'i cancelled again and now everyone thinks im flaky';
  const concern = analyse(text).observations.find((item) => item.kind === 'concern');
  assert.equal(concern?.kind === 'concern' ? concern.concern : undefined, 'shame');
  assert.equal(text.slice(...(concern?.span ?? [0, 0])), 'everyone thinks im');
});

test('not letting themselves find it hard is read as that, before the guilt or shame word beside it', () => {
  assert.equal(read('i feel bad even saying it, i should just be grateful for the job'), 'not-allowed');
  assert.equal(read('its fine i guess. i shouldnt complain, loads of people have it worse'), 'not-allowed');
  assert.equal(read('first world problems i know'), 'not-allowed');
  assert.equal(read('silly to be this upset over a hamster'), 'not-allowed');
  assert.equal(read('nah counselling is for people who actually need it'), 'not-allowed');
  assert.equal(read('hes the one i talked to about everything. or used to be'), 'loss');
  assert.equal(read('It was her cat really. Now both of them are gone.'), 'loss');
  assert.equal(read('i should have called her back'), 'guilt');
  assert.equal(read('i should be there by six'), undefined);
});

test('what they do every day made small is read as that, not an ordinary "just"', () => {
  assert.equal(read('nothing really. i just do mums meds and the shopping'), 'made-small');
  assert.equal(read('its only a little job at the bakery'), 'made-small');
  assert.equal(read('i just do it when i feel like it'), undefined);
  assert.equal(read('i just do my best'), undefined);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from './analyse.ts';

const thanksOf = (text: string) =>
  analyse(text).observations.find((item) => item.kind === 'thanks') as { wry: boolean } | undefined;

test('a short thanks is read, and a dry one is read as wry', () => {
  assert.equal(thanksOf('thank you, that actually helps')?.wry, false);
  assert.equal(thanksOf('thx for listening')?.wry, false);
  assert.equal(thanksOf('yeah thanks thats really comforting')?.wry, true);
});

test('"no thanks", "thanks to him", a question after it and a long turn are not a thanks', () => {
  assert.equal(thanksOf('no thanks'), undefined);
  assert.equal(thanksOf('thanks to my brother i lost it'), undefined);
  assert.equal(thanksOf('thanks lol. yeah. so should i?'), undefined);
  assert.equal(
    thanksOf('thanks, but honestly the whole thing with my landlord is still eating me up every single day'),
    undefined,
  );
});

test('a thanks that says the advice was old news is dry ("thank you, I have been teaching for 27 years")', () => {
  for (const text of [
    'Yes, thank you, I have been teaching for 27 years.',
    'thanks, i know how to use a calendar',
  ])
    assert.equal(thanksOf(text)?.wry, true, text);
  assert.equal(thanksOf('thank you, i have been feeling better')?.wry, false);
});

test('thanks for advice they have lived for years is read as wry', () => {
  assert.equal(thanksOf('Yes, thank you, I have been nursing for 30 years.')?.wry, true);
  assert.equal(thanksOf('thanks, i know')?.wry, true);
  assert.equal(thanksOf('thank you, i have been feeling better for a few days')?.wry, false);
});

test('sarcasm in the words of a thanks is read as wry, a plain thanks is not', () => {
  for (const text of [
    'oh great, thanks a lot',
    'gee thanks',
    'wow, so helpful',
    'thanks a bunch',
    'wow thanks',
  ])
    assert.equal(thanksOf(text)?.wry, true, text);
  for (const text of ['ok thanks', 'thanks a lot, that helps', 'oh thank you', 'thank you so much'])
    assert.equal(thanksOf(text)?.wry, false, text);
});

test('a question after the thanks with no question mark is the point, not a thanks', () => {
  const thanked = (text: string) => thanksOf(text) !== undefined;
  assert.equal(thanked('thank you. but for what'), false);
  assert.equal(thanked('thanks, what do i do now'), false);
  assert.equal(thanked('cheers but how'), false);
  assert.equal(thanked('thanks so much'), true);
  assert.equal(thanked('ok thank you, that helps'), true);
  assert.equal(thanked('thank you, whatever happens i feel better'), true);
});

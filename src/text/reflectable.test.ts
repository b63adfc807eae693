import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isReflectable } from './reflectable.ts';

test('a whole first-person clause can be said back', () => {
  assert.ok(isReflectable("I can't even make myself open it"));
  assert.ok(isReflectable('my sister stopped calling me'));
});

test('questions, cut-off fragments and subject-less clauses are heard, not said back', () => {
  assert.ok(!isReflectable('how am I meant to pay it'));
  assert.ok(!isReflectable('should I just leave?'));
  assert.ok(!isReflectable('because the car and the rent'));
  assert.ok(!isReflectable('if I could have because the forms'));
  assert.ok(!isReflectable('I get home at nine as'));
  assert.ok(!isReflectable('been sitting with it for hours'));
  assert.ok(!isReflectable('fine I guess'));
});

test('chat-speak mid-line and "should" are not said back in our voice', () => {
  assert.ok(!isReflectable('three calls lol I made none'));
  assert.ok(!isReflectable('I should be over it by now'));
});

test('a clause that said back would repeat a word or phrase is not said back', () => {
  // said back, "…suits me I haven't…" becomes "…suits you you haven't…"
  assert.ok(!isReflectable("he says I only call when it suits me I haven't heard from him since"));
  assert.ok(!isReflectable('I know, I know'));
});

test('a harsh label they put on themselves, or a clause without its subject, is not said back', () => {
  assert.ok(!isReflectable("I'm rubbish at this"));
  assert.ok(!isReflectable('dunno how I will pay for it'));
  assert.ok(isReflectable("I'm tired of this job"));
});

test('a question after "no", or a clause cut at "make myself", is not said back', () => {
  assert.ok(!isReflectable('no what would i even say'));
  assert.ok(!isReflectable('i just cant make myself'));
  assert.ok(isReflectable("i can't make myself a proper dinner"));
});

test('"id" for "I\'d" is not said back', () => {
  assert.ok(!isReflectable('sometimes i think id like to just go'));
});

test('a clause opened on a bare verb, its "i" left off, is not said back without a subject', () => {
  assert.ok(!isReflectable('find out ive been doing it wrong for 6 years probably'));
  assert.ok(!isReflectable('miss him so much it hurts'));
  assert.ok(!isReflectable('i am never home because of money for us'));
  assert.ok(isReflectable('my mom says we can get another one but i dont want another one'));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notTwiceRunning, SpokenLines, saysItAgain } from './not-twice-running.ts';

// (round 17's dev rater: "Calms me down" twice running read as a program answering from one slot)
test('the last message word for word is not sent again: the yes alone, or that it is the same answer', () => {
  assert.equal(notTwiceRunning('Yeah I reckon so.', 'yeah i reckon so', 'p', 5), 'Yeah');
  assert.equal(notTwiceRunning('nope not at all', 'Nope, not at all.', 'p', 5), 'nope');
  const same = notTwiceRunning('the kids mainly', 'The kids mainly', 'p', 5);
  assert.notEqual(same, 'the kids mainly');
  assert.match(same, /^(same|what i said)/);
  // a capitalising typist writes the replacement the same way
  assert.match(notTwiceRunning('Helps with my nerves', 'helps with my nerves', 'q', 3), /^[A-Z]/);
});

test('a different line, a one-word line and the first message go through untouched', () => {
  assert.equal(notTwiceRunning('my mum mostly', 'my dad mostly', 'p', 4), 'my mum mostly');
  assert.equal(notTwiceRunning('no', 'no', 'p', 4), 'no');
  assert.equal(notTwiceRunning('the smell on my coat', undefined, 'p', 1), 'the smell on my coat');
  assert.equal(saysItAgain('ok thanks', ''), false);
});

test('the same person and turn replace a repeat the same way every run', () => {
  const first = notTwiceRunning('after dinner every night', 'After dinner every night.', 'r', 7);
  assert.equal(notTwiceRunning('after dinner every night', 'After dinner every night.', 'r', 7), first);
});

test('a message said earlier in the session, not only the last, is not said again word for word', () => {
  const spoken = new SpokenLines();
  assert.equal(spoken.once('Pack a day', '', 'p', 2), 'Pack a day');
  assert.equal(spoken.once('since school', 'Pack a day', 'p', 3), 'since school');
  const again = spoken.once('Pack a day', 'since school', 'p', 6);
  assert.notEqual(again, 'Pack a day');
  // (and the "same" line is not a loop of its own: a second repeat gets another way of saying it)
  const twice = spoken.once('since school', 'dunno', 'p', 8);
  assert.notEqual(twice.toLowerCase(), again.toLowerCase());
  assert.equal(spoken.once('no', 'no', 'p', 9), 'no', 'one word may come again');
});

test('the yes or no kept alone is not itself a repeat', () => {
  const spoken = new SpokenLines();
  spoken.once('I suppose so, yeah', '', 'p', 2);
  spoken.once('i suppose', 'I suppose so, yeah', 'p', 3);
  const again = spoken.once('I suppose so, yeah', 'i suppose', 'p', 4);
  assert.notEqual(again.toLowerCase(), 'i suppose');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';

const types = (text: string) =>
  understand(text).flatMap((item) => (item.kind === 'request' ? [item.type] : []));

test('a stop that says the talk goes on later is a pause', () => {
  assert.deepEqual(types('lets stop for now and carry on tomorrow, ok?'), ['pause']);
  assert.deepEqual(types('gotta go deal with the kids, can we stop here and pick up later'), ['pause']);
  assert.deepEqual(types('gotta go, forklift beeping. back in 20'), ['pause']);
  assert.deepEqual(types('hold that thought, customer just walked in'), ['pause']);
  // an end with no return, or a return "another day", stays a stop
  assert.deepEqual(types("end it here thanks, i'll come back another day"), ['stop']);
  assert.deepEqual(types('ok bye, thanks'), ['stop']);
});

test('"i want to end it (all)" and a goodbye to others are no end of the session', () => {
  assert.ok(!types('i want to end it all').includes('stop'));
  assert.ok(!types('goodbye everyone. im done after tonight').includes('stop'));
  assert.ok(!types('my brother sent me a weird goodbye text').includes('stop'));
  assert.deepEqual(types('this isnt working for me today, sorry, can we end it'), ['stop']);
  assert.deepEqual(types('too big. break it down more'), ['smaller']);
});

test('a stop as people say it: the talk itself, "lets" and a bare "please end" (v16, v17)', () => {
  assert.deepEqual(types("I think I would rather stop talking for tonight, if you don't mind."), ['stop']);
  assert.deepEqual(types('lets finish here, my shift starts'), ['stop']);
  assert.deepEqual(types('please end, i am tired very much'), ['stop']);
  assert.ok(types('say something nice and then lets stop').includes('stop'));
  // a stop said later ends later; a stop for a while is a pause
  const later = understand('lets stop in 5 mins').find((item) => item.kind === 'request');
  assert.equal(later?.kind === 'request' && later.type, 'stop');
  assert.equal(later?.kind === 'request' && later.afterMs, 300_000);
  assert.deepEqual(types('can we stop for 10 mins'), ['pause']);
});

test('no stop: a subject set aside, words imagined said to others, a step "too small" (v5, v14, v15)', () => {
  assert.deepEqual(types('can we stop talking about him'), []);
  assert.deepEqual(types('can we stop talking about it actually'), []);
  assert.deepEqual(types('if i say i want to quit they will be heartbroken'), []);
  assert.deepEqual(types('everything sounds too small for him'), []);
});

test('a pause said without "I" and a stop said as a plain present; the going on asked as a reminder keeps the stop', () => {
  const sorted = (text: string) => types(text).sort();
  assert.deepEqual(sorted('need to pause, the baby woke up, text me in 20'), ['nudge', 'pause']);
  assert.deepEqual(sorted('ok we finish here, and remind me on friday to carry on'), ['nudge', 'stop']);
  assert.deepEqual(sorted('can we stop here and pick up later'), ['pause']);
  // a risk said beside a stop is still read
  assert.ok(understand('we stop now, i want to kill myself').some((item) => item.kind === 'risk'));
});

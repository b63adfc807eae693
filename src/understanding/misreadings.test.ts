import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Observation } from '../spec/observation.ts';
import { understand } from './index.ts';
import { detectRisk } from './risk.ts';

/** The request types and progress statuses read from a text, in a short comparable form. */
function reading(text: string): string[] {
  return understand(text).flatMap((observation: Observation) => {
    if (observation.kind === 'request') return [`request:${observation.type}`];
    if (observation.kind === 'progress') return [`progress:${observation.status}`];
    return [];
  });
}

test('a wish about not being alive is risk and never a request to shrink the step', () => {
  for (const text of [
    "it would be easier if I wasn't alive",
    "It'd be a lot easier if I could just vanish.",
    'honestly it would be easier for everyone if I was gone',
  ]) {
    assert.equal(detectRisk(text)[0]?.type, 'suicide', text);
    assert.ok(!reading(text).includes('request:smaller'), text);
  }
  // the same comparative about the step is still a request
  assert.deepEqual(reading('It would be easier if it was shorter.'), ['request:smaller']);
});

test('a failed attempt is not-done; an action with a part left undone is partial', () => {
  const cases: [string, string][] = [
    ["I tried but I couldn't do it", 'not-done'],
    ['i tried but i couldnt', 'not-done'],
    ["Sat down to do it and nope, couldn't do it.", 'not-done'],
    ["I opened it but didn't reply", 'partial'],
    ["opened it, didn't reply yet", 'partial'],
    ['I started but stopped', 'partial'],
    ["I opened the pull request but didn't ask for review", 'partial'],
    ['rang the number but hung up before anyone answered', 'partial'],
    ["I clicked on the file but didn't change anything, like you said.", 'done'],
  ];
  for (const [text, status] of cases) assert.deepEqual(reading(text), [`progress:${status}`], text);
});

test("keeping the coach's talk short is not a smaller request; naming the step is", () => {
  for (const text of ['please keep it short', 'keep it simple', 'Shorter replies please, my head is mush.'])
    assert.deepEqual(reading(text), [], text);
  for (const text of [
    'keep the step short',
    'make it shorter',
    'can we keep the task tiny?',
    'Keep it really small please',
  ])
    assert.deepEqual(reading(text), ['request:smaller'], text);
});

test('a complaint about the point is not an explain request; a question is, and a point to living is risk', () => {
  for (const text of ["I don't see the point of this", 'This is pointless.', "I don't see how this helps."])
    assert.deepEqual(reading(text), [], text);
  for (const text of [
    "what's the point of this exercise?",
    'how is this supposed to help?',
    'why does naming the feeling matter?',
  ])
    assert.deepEqual(reading(text), ['request:explain'], text);
  for (const text of [
    "I don't see the point of anything anymore",
    "what's the point of going on",
    "Honestly there's no point in anything any more.",
  ]) {
    assert.equal(detectRisk(text)[0]?.type, 'suicide', text);
    assert.ok(!reading(text).includes('request:explain'), text);
  }
});

test('leaving is a stop request; finishing a step is progress and never stop', () => {
  for (const text of [
    "I'm done with this, this isn't helping",
    "forget it, I'm out",
    "I'm going to go",
    "I'm done. This is pointless.",
    "I'm logging off now, bye.",
    'Had enough for today.',
  ])
    assert.deepEqual(reading(text), ['request:stop'], text);
  for (const text of [
    'done! I opened it',
    "I'm done.",
    "I'm done with this step.",
    "I'm done. This is helping actually!",
  ])
    assert.deepEqual(reading(text), ['progress:done'], text);
  assert.deepEqual(reading("I'm going to go open the doc."), []);
});

test('a rejected match does not hide the request inside it', () => {
  const types = (text: string) =>
    understand(text).flatMap((observation) => (observation.kind === 'request' ? [observation.type] : []));
  assert.deepEqual(types('I need an answer: could you make that step smaller?'), ['smaller']);
  assert.deepEqual(types('I keep asking and I need an answer: could you make it simpler?'), ['smaller']);
  assert.deepEqual(types('please keep your answers short'), []);
});

test('finishing or ending a task is not a request to stop the session; ending the session is', () => {
  for (const text of [
    'I need to finish my essay',
    'i have to finish the report by friday',
    'I want to end this chapter tonight',
    'I need to close the sale before we go',
  ])
    assert.ok(!reading(text).includes('request:stop'), text);
  for (const text of ['i want to stop', 'lets stop here', 'can we end the session', 'I need to stop now'])
    assert.ok(reading(text).includes('request:stop'), text);
});

test('a cue asked for by its name is a cue request', () => {
  for (const text of ['can you give me a cue now', 'a cue pls', 'send me my cue'])
    assert.ok(reading(text).includes('request:cue'), text);
  assert.ok(!reading('the cue cards are on my desk').includes('request:cue'));
});

test('"a practical person" describes someone and is no request for a concrete step', () => {
  for (const text of [
    'I am usually quite a practical person.',
    "she's a very clear thinker",
    'he was a specific kind of annoying',
  ]) {
    assert.ok(!reading(text).includes('request:concrete'), text);
  }
  assert.deepEqual(reading('can you give me something practical'), ['request:concrete']);
});

test('"msg me at midnight and tell me to log off" is a nudge, not a cue to say now', () => {
  assert.deepEqual(reading('honestly can u just msg me at midnight tonight and tell me to log off'), [
    'request:nudge',
  ]);
  assert.deepEqual(reading('tell me to breathe'), ['request:cue']);
});

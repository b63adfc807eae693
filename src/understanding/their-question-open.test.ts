import assert from 'node:assert/strict';
import { test } from 'node:test';
import { theirQuestionOf } from './their-question.ts';

// written for these tests: shapes of question, not seen items
const READ: [string, unknown][] = [
  [
    'the wage went down again. how am i supposed to feed six men on that',
    { asks: 'open', form: 'how', about: "how you're supposed to feed six men on that" },
  ],
  ['how will i pay my rent now', { asks: 'open', form: 'how', about: "how you'll pay your rent now" }],
  [
    'where do i even start with the garage',
    { asks: 'open', form: 'when-where', about: 'where you start with the garage' },
  ],
  ['shop closed. then how i eat', { asks: 'open', form: 'how' }],
  [
    "i'm 61 with a bad hip. who would hire me",
    { asks: 'open', form: 'who-worth', about: 'nobody would hire you' },
  ],
  ['who even does that to their own sister', { asks: 'open', form: 'who-does' }],
  ['the manager is on leave too. who do i talk to', { asks: 'open', form: 'who-to' }],
  ['why does this keep happening to me?', { asks: 'open', form: 'why' }],
  ['why do you say that? you dont know him', { asks: 'open', form: 'why-you' }],
  ['is it bad that i feel relieved he moved out?', { asks: 'open', form: 'bad-to-feel', about: 'bad' }],
  ['why do i keep rereading her texts?', { asks: 'open', form: 'why-me' }],
  ['will the landlord keep the deposit?', { asks: 'open', form: 'yes-no' }],
  ["its getting worse isnt it. they'll take the van or something", { asks: 'open', form: 'worried' }],
  ['its not really a career tho is it', { asks: 'open', form: 'denial' }],
];

// not questions of theirs to take up this way: a request, asked of us, reported, hanging on no question
const NOT_READ = [
  'can you help me with the letter?',
  'what do you mean?',
  'i wonder who wants the old sofa',
  'she asked how i was doing',
  'how i feel about it changes every day',
  "what's the point of any of it",
  'what if they say no',
  'the landlord keeps the deposit',
  'and have the neighbours see me crying? no way',
  'will you remind me at 6?',
];

test('any question the turn ends on is read by its shape, with their words kept only when clean', () => {
  for (const [text, expected] of READ) assert.deepEqual(theirQuestionOf(text), expected, text);
});

test('a request, a question to us, a reported question or a statement is not read as an open question', () => {
  for (const text of NOT_READ) assert.notEqual(theirQuestionOf(text)?.asks, 'open', text);
});

test('learner grammar is not kept as an embedded question', () => {
  // "how i go rest": the answer stands without their words
  assert.deepEqual(theirQuestionOf('doctor say rest. how i go rest'), { asks: 'open', form: 'how' });
});

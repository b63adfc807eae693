import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Move } from '../spec/move.ts';
import { checkReply } from '../text/language-check.ts';
import { normalizeSentence } from '../text/sentences.ts';
import { saidBack } from './phrases-listen.ts';
import { contextFor } from './realizer-fixtures.ts';
import { realizeTemplate, recordSaid } from './template-realizer.ts';

const clause = (text: string) => ({ text, span: [0, text.length] as [number, number] });

test('a reflection says the person’s own clause back in the second person', () => {
  const plan: Move[] = [
    {
      type: 'reflect-clause',
      clause: clause("I've been putting off my tax return for weeks"),
      depth: 'simple',
    },
  ];
  const { text } = realizeTemplate(plan, contextFor());
  assert.match(text, /you've been putting off your tax return for weeks/i);
  assert.doesNotMatch(text, /\bI\b|\bmy\b/);
});

test('a clause whose shape carries a sure meaning is said in fresh words, not echoed with a stock weight', () => {
  const said = (text: string, depth: 'simple' | 'meaning') =>
    realizeTemplate([{ type: 'reflect-clause', clause: clause(text), depth }], contextFor()).text;
  // (the person's words turned: the thing they cannot bring themselves to do, and its cost)
  assert.match(
    said("I can't even make myself open it", 'simple'),
    /even opening it (?:is more than|would cost)/i,
  );
  assert.match(said("honestly I can't sleep", 'meaning'), /wants? to sleep|able to sleep/i);
  assert.match(said("I really don't want to ring the council", 'meaning'), /ringing the council is/i);
  assert.match(said('I am sick of the whole process', 'meaning'), /the whole process/i);
  // no stock weight stitched onto a clause with no sure shape: said back plainly
  const plain = said('my sister moved to Leeds in March', 'meaning');
  assert.match(plain, /your sister moved to Leeds in March/);
  assert.doesNotMatch(plain, /a lot to carry|really wearing|feels heavy|hard place to be|That's hard/);
  // "anything" needs the "not" it came with: never "part of you wants to do anything"
  assert.doesNotMatch(said("I can't do anything right", 'meaning'), /wants? to do anything/);
});

test('a double-sided reflection holds both sides of the "but"', () => {
  const plan: Move[] = [
    {
      type: 'reflect-clause',
      clause: clause('I need to apply for jobs'),
      other: clause("I just can't face it"),
      depth: 'double-sided',
    },
  ];
  const { text } = realizeTemplate(plan, contextFor());
  assert.match(text, /you need to apply for jobs/);
  assert.match(text, /you just can't face it/);
});

test('a move whose slot is empty says nothing rather than a stand-in', () => {
  const plan: Move[] = [
    { type: 'reflect-clause', clause: clause('   '), depth: 'meaning' },
    { type: 'open-question', about: 'what-happens' },
  ];
  assert.equal(realizeTemplate(plan, contextFor()).text, '');
});

test('listening turns stay varied and clean over a long session', () => {
  const said = new Set<string>();
  for (let turnIndex = 0; turnIndex < 25; turnIndex++) {
    const plan: Move[] = [
      { type: 'validate-topic', topic: 'job-loss' },
      { type: 'reflect-clause', clause: clause(`I sent ${turnIndex + 1} applications`), depth: 'meaning' },
      { type: 'open-question', about: 'hardest-part' },
    ];
    const realization = realizeTemplate(plan, contextFor({ said, turnIndex }));
    for (const sentence of realization.sentences.map(normalizeSentence))
      assert.ok(!said.has(sentence), `turn ${turnIndex} repeats: ${sentence}`);
    assert.deepEqual(checkReply(realization.text), [], realization.text);
    recordSaid(said, realization);
  }
});

test('a summary whose clauses open alike still says one of them, never nothing', () => {
  const plan: Move[] = [
    {
      type: 'summarize',
      clauses: [clause("I'd like to learn to say no sometimes"), clause("I'd like to get past this")],
    },
  ];
  const { text } = realizeTemplate(plan, contextFor());
  assert.match(text, /you'd like to (learn to say no sometimes|get past this)/i, text);
  assert.equal(text.match(/you'd like to/gi)?.length, 1, text);
});

test('a clause is said back contracted, as people speak, and never where the verb ends it', () => {
  const back = (text: string) => saidBack({ text, span: [0, text.length] });
  assert.equal(back('we are 3 nurses short'), "you're 3 nurses short");
  assert.equal(back('i do not use screens'), "you don't use screens");
  assert.equal(back('that is what i am'), 'that is what you are');
  assert.equal(
    back('the real reason i missed it is kind of embarrassing'),
    'the real reason you missed it is kind of embarrassing',
  );
  assert.equal(back('i am NOT ok'), 'you are NOT ok');
  assert.equal(
    back('It is not a habit I want to break, if I am honest'),
    "it isn't a habit you want to break",
  );
});

test('an answer given as a bare "that"-clause loses its "that", as every frame brings its own; a demonstrative stays', () => {
  const back = (text: string) => saidBack({ text, span: [0, text.length] });
  assert.equal(back('That the assessors will watch my hands'), 'the assessors will watch your hands');
  assert.equal(back('that i will fail'), 'you will fail');
  assert.equal(back('that was the worst day'), 'that was the worst day');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';
import { reading } from './testing/own-risk-reading.ts';

test("risk words said in another sense are not the person's risk; the same words meant are", () => {
  const clear = (text: string) =>
    understand(text).some((o) => o.kind === 'risk' && o.level === 'clear' && o.about !== 'other' && !o.past);
  for (const text of [
    'the nurse asked whether i had thoughts of ending my life and i told her no, honestly',
    'end it all = cancel every streaming service',
    'we killed ourselves laughing, and i nearly killed myself laughing at the end',
  ])
    assert.equal(clear(text), false, text);
  for (const text of [
    'i want to end it all, i mean it',
    'the nurse asked if i had thoughts of ending my life. i said no but i lied, i want to die',
    'i want to kill myself, the whole day was awful',
  ])
    assert.equal(clear(text), true, text);
});

test('a general question about other people is not a disclosure; one that turns to the person is', () => {
  const read = (text: string) =>
    understand(text).some((o) => o.kind === 'risk' && o.about !== 'other' && !o.past);
  for (const text of ['why do some people self harm?', 'is it true that suicide rates go up in winter?'])
    assert.equal(read(text), false, text);
  for (const text of [
    'how do people cope when i want to die every day?',
    'what do i do if a friend tells me theyre thinking of suicide? i am too',
  ])
    assert.equal(read(text), true, text);
});

test('"end it" shouted at the chat to stop the questions is not a disclosure', () => {
  const own = (text: string) =>
    understand(text).some((observation) => observation.kind === 'risk' && observation.about !== 'other');
  assert.equal(own('END IT. no more questions please'), false);
  assert.equal(own('just end this chat, stop asking me stuff'), false);
  assert.ok(own('i want to end it. stop asking me if im ok'));
});

test('an ending corrected at once onto a thing is not a disclosure; one corrected onto a life, or beside one, is', () => {
  const own = (text: string) =>
    understand(text).some((observation) => observation.kind === 'risk' && observation.about !== 'other');
  for (const text of [
    'end it? i mean end the project, the client pulled out',
    'time to end it... i meant close the shop for good, 30 years is enough',
    'kill it. as in kill the whole campaign? no, just the ads',
  ])
    assert.equal(own(text), false, text);
  for (const text of [
    'end it? i mean end my life, yes',
    'end it. i mean the whole thing, everything',
    'end it? i mean end the project. but honestly i want to die most days',
    'time to end it, i meant close the shop. and then i want to kill myself',
  ])
    assert.equal(own(text), true, text);
});

test('a reason after "i mean" never lets off intent said of oneself (closing review, round 15)', () => {
  for (const text of [
    'i want to kill myself. i mean the rent is due and i cant',
    'gonna end my life, i mean the debt is never going away',
    'i want to kill myself. i mean the kids would be better off without me',
  ]) {
    const risk = understand(text).find((observation) => observation.kind === 'risk');
    assert.equal(risk?.kind === 'risk' ? risk.level : undefined, 'clear', text);
  }
  const project = understand('end it? i mean end the project').find(
    (observation) => observation.kind === 'risk',
  );
  assert.equal(project, undefined);
});

const ownRisk = (text: string) =>
  understand(text).some((item) => item.kind === 'risk' && item.about !== 'other' && !item.past);
// round 16, the lead's classes of near-miss flag on fresh v29 (my own wordings): risk-said-otherwise.ts
test('an earlier wish to die taken back as about a thing, or as a saying, is not read', () => {
  for (const text of [
    'when i said i want to die earlier i meant my laptop crashed and lost the file',
    'sorry, when i said i wanted to die i meant the exam results, not me',
    'in my language we say i want to die when something is embarrassing, i didnt mean it literally',
  ])
    assert.equal(ownRisk(text), false, text);
});

test('taken back with no thing named, onto a life, or beside a disclosure: still read', () => {
  for (const text of [
    'when i said i want to die i meant it',
    'when i said i want to die i meant my life is pointless',
    'when i said i want to die i meant the exam. but honestly i think about killing myself',
    "when i said i want to die i didn't mean it, forget it",
  ])
    assert.equal(ownRisk(text), true, text);
});

test("'let's end it' closing the chat is not read; an ending for tonight or of it all is", () => {
  for (const text of ['lets just end it, ive got to cook', "ok let's end it there, thanks"])
    assert.equal(ownRisk(text), false, text);
  for (const text of ['lets just end it tonight', 'lets end it all', 'lets just end it. i cant go on'])
    assert.equal(ownRisk(text), true, text);
});

test("what the service does if someone says they're suicidal is a question, unless it is the person's own", () => {
  assert.equal(ownRisk('what does this app do if someone says they are suicidal?'), false);
  for (const text of [
    'what happens if i tell you im suicidal? do you call the police?',
    'what happens if someone says they want to kill themselves? i want to kill myself',
  ])
    assert.equal(ownRisk(text), true, text);
});

test("a wish taken back as a thing, and a topic taught, are not the person's risk (the lead's fresh classes, round 19)", () => {
  assert.equal(
    reading('when I say I want to disappear I mean a cabin in Norway, not anything dark'),
    undefined,
  );
  assert.equal(
    reading('we had a nursing class on suicide risk assessment today and it got to me'),
    undefined,
  );
  // beside them, the person's own risk still reads
  assert.equal(reading('when i said i want to die i meant it'), 'suicide/possible');
  assert.equal(
    reading('when i say i want to disappear i mean a cabin in norway. but honestly some days i want to die'),
    'suicide/possible',
  );
  assert.equal(reading('lecture on suicide today. i keep thinking about doing it'), 'suicide/possible');
  assert.equal(
    reading('had a training on suicide prevention, made me think about my own suicide attempt last month'),
    'suicide/possible',
  );
});

import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { detectRisk, findRiskHits } from './risk.ts';

function types(text: string): string[] {
  return detectRisk(text).map((observation) => observation.type);
}

test('finds direct, indirect and behavioural suicide risk', () => {
  for (const text of [
    'I want to kill myself',
    'everyone would be better off without me',
    "I don't want to wake up",
    "what's the point of going on",
    "I've been giving my things away",
    'I wrote letters to say goodbye',
    "I've been saving up pills",
  ]) {
    assert.deepEqual(types(text), ['suicide'], text);
  }
});

test('reads slang and misspellings as risk', () => {
  for (const text of [
    'kms',
    'i want to unalive myself',
    'wanna die',
    'kil myself',
    'feeling sucidal',
    'i wanna dieeee',
  ]) {
    assert.ok(types(text).includes('suicide'), text);
  }
});

test('tells the risk types apart', () => {
  assert.deepEqual(types('I cut myself again'), ['self-harm']);
  assert.deepEqual(types('my partner hits me'), ['abuse']);
  assert.deepEqual(types('chest pain and my left arm is numb'), ['medical-emergency']);
  assert.deepEqual(types('I took too many pills'), ['medical-emergency']);
  assert.deepEqual(types('I want to stab my roommate'), ['harm-to-others']);
});

test('does not mistake idioms for risk', () => {
  for (const text of [
    'this deadline is killing me',
    'I could murder a coffee',
    'my laptop died',
    "I'm dying to finish this",
    'kill the process',
    'dead tired',
    'shoot me an email',
    'I cut myself some slack',
    'my mum will kill me if I forget',
    'my chest is tight and my hands are shaky',
  ]) {
    assert.deepEqual(detectRisk(text), [], text);
  }
});

test('raises nothing for a negated self-statement but reports it as negated', () => {
  assert.deepEqual(detectRisk("I'm not suicidal, just tired"), []);
  assert.deepEqual(detectRisk("I'd never kill myself"), []);
  const hits = findRiskHits("I'm not suicidal, just tired");
  assert.equal(hits.length, 1);
  assert.equal(hits[0].negated, true);
});

test('still counts risk said after a negation in another clause', () => {
  assert.ok(types("I'm not suicidal but I don't want to wake up tomorrow").includes('suicide'));
  assert.ok(types("I can't stop thinking about killing myself").includes('suicide'));
});

test('marks history as past and keeps it possible', () => {
  const [observation] = detectRisk("I tried years ago, I'm OK now");
  assert.equal(observation?.type, 'suicide');
  assert.equal(observation?.past, true);
  assert.equal(observation?.level, 'possible');
  assert.equal(detectRisk('I tried to kill myself last night')[0]?.past, undefined);
});

test("marks someone else's risk as about other", () => {
  assert.equal(detectRisk('my friend wants to die')[0]?.about, 'other');
  assert.equal(detectRisk('my sister is cutting herself')[0]?.about, 'other');
  assert.equal(detectRisk('I want to die')[0]?.about, undefined);
  assert.equal(detectRisk("my flatmate's boyfriend hits her")[0]?.about, 'other');
});

test('keeps jokes and hedges at possible, plain statements clear', () => {
  assert.equal(detectRisk('I want to kill myself')[0]?.level, 'clear');
  assert.equal(detectRisk('lol kms')[0]?.level, 'possible');
  assert.equal(detectRisk('sometimes I kind of want to die')[0]?.level, 'possible');
});

test('spans point at the words in the original text, curly quotes and stretched letters included', () => {
  const text = 'Ok. Honestly I’m sooo tired, I wanna diiiie.';
  const [observation] = detectRisk(text);
  assert.ok(observation);
  assert.equal(text.slice(...observation.span), 'wanna diiiie');
});

test('never throws and returns well-formed spans on any string', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      for (const observation of detectRisk(text)) {
        assert.ok(observation.span[0] >= 0 && observation.span[0] <= observation.span[1]);
        assert.ok(observation.span[1] <= text.length);
      }
    }),
    { numRuns: 300 },
  );
  assert.deepEqual(detectRisk(''), []);
  assert.deepEqual(detectRisk('\u0000\u0007\u001b[31m'), []);
  assert.deepEqual(detectRisk(undefined as unknown as string), []);
});

test('reads only the first 10,000 characters of a huge input', () => {
  const huge = `${'all fine here. '.repeat(70_000)}I want to kill myself`;
  assert.deepEqual(detectRisk(huge), []);
  const early = `I want to kill myself. ${'x '.repeat(500_000)}`;
  assert.deepEqual(types(early), ['suicide']);
});

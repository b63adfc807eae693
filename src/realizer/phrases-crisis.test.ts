import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CrisisResource, Move } from '../spec/move.ts';
import { RISK_TYPES } from '../spec/observation.ts';
import { countWords, normalizeSentence } from '../text/sentences.ts';
import { contextFor, RESOURCE_988 } from './realizer-fixtures.ts';
import { realizeTemplate, recordSaid } from './template-realizer.ts';

const SAMARITANS: CrisisResource = { name: 'Samaritans', contact: 'call 116 123' };
const TASK_TALK =
  /\b(open|type|write|edit|draft|click|cursor|script|file|timer|nudge|remind|next step|first step)\b/i;
const FORBIDDEN =
  /confidential|between us|secret|nobody will know|won't tell|I'll|I will|how to|pills|overdose|method/i;

function crisis(overrides: Partial<Extract<Move, { type: 'crisis' }>> = {}): Move {
  return { type: 'crisis', riskType: 'suicide', level: 'clear', resources: [RESOURCE_988], ...overrides };
}

test('asks plainly about suicide, gives the resource verbatim and stays, with no task step', () => {
  const text = realizeTemplate([crisis()], contextFor()).text;
  assert.match(text, /Are you thinking about killing yourself\?/);
  assert.ok(text.includes('988 Suicide & Crisis Lifeline'));
  assert.ok(text.includes('call or text 988'));
  assert.match(text, /here with you/);
  assert.match(text, /else can wait/);
  assert.ok(!TASK_TALK.test(text), text);
  assert.ok(!FORBIDDEN.test(text), text);
  assert.equal((text.match(/\?/g) ?? []).length, 1);
});

test('drops every other move of the plan and ignores the word budget, yet stays short', () => {
  const plan: Move[] = [
    { type: 'answer-concrete', steps: ['open the file'] },
    crisis({ resources: [RESOURCE_988, SAMARITANS] }),
    { type: 'schedule-nudge', nudgeId: 'n', afterMs: 30_000, cue: 'Look at the cursor' },
  ];
  const text = realizeTemplate(plan, contextFor({ wordBudget: 10, fatigue: 10 })).text;
  assert.ok(
    text.includes('call or text 988') && text.includes('Samaritans') && text.includes('call 116 123'),
  );
  assert.ok(!TASK_TALK.test(text), text);
  assert.ok(countWords(text) <= 70, `${countWords(text)} words`);
});

test('every risk type gets a direct question, the resources and no task talk, at both levels and in every phase', () => {
  for (const riskType of RISK_TYPES) {
    for (const level of ['possible', 'clear'] as const) {
      for (const phase of [undefined, 'follow-up', 'check', 'third-person', 'past']) {
        for (let seed = 0; seed < 5; seed++) {
          const text = realizeTemplate([crisis({ riskType, level, phase })], contextFor({ seed })).text;
          assert.equal((text.match(/\?/g) ?? []).length, 1, text);
          assert.ok(text.includes('call or text 988'), text);
          assert.ok(!TASK_TALK.test(text), text);
          assert.ok(!FORBIDDEN.test(text), text);
        }
      }
    }
  }
});

test('names each risk in its question', () => {
  const ask = (riskType: (typeof RISK_TYPES)[number]) =>
    realizeTemplate([crisis({ riskType })], contextFor()).text;
  assert.match(ask('self-harm'), /hurting yourself/);
  assert.match(ask('harm-to-others'), /hurting someone/);
  assert.match(ask('abuse'), /Is someone hurting you\?/);
});

test('a medical emergency says to call emergency services first', () => {
  const resources = [{ name: 'Emergency services', contact: 'call 911' }];
  const text = realizeTemplate([crisis({ riskType: 'medical-emergency', resources })], contextFor()).text;
  assert.match(text, /^Please call emergency services right now\./);
  assert.ok(text.includes('call 911'));
});

test('worrying symptoms (a possible medical emergency) get the question first, and the number after', () => {
  const resources = [{ name: 'Emergency services', contact: 'call 911' }];
  const text = realizeTemplate(
    [crisis({ riskType: 'medical-emergency', level: 'possible', resources })],
    contextFor(),
  ).text;
  assert.doesNotMatch(text, /^(Please|First|Call|The first thing)\b.*emergency/);
  assert.match(text, /\?/);
  assert.ok(text.includes('call 911'), text);
});

test('a possible risk is asked about gently, and still directly', () => {
  const text = realizeTemplate([crisis({ level: 'possible' })], contextFor()).text;
  assert.match(text, /gently/);
  assert.match(text, /killing yourself\?/);
});

test("a gentle first check-in (the model's guess alone) asks directly and leaves the lines for a yes", () => {
  const gentle = realizeTemplate(
    [crisis({ level: 'possible', phase: 'initial', gentle: true })],
    contextFor(),
  ).text;
  assert.match(gentle, /killing yourself\?/);
  assert.ok(!gentle.includes('988'), gentle);
  assert.ok(!/else can wait/.test(gentle), gentle);
  // asked already and the worry kept: the lines come back
  const again = realizeTemplate(
    [crisis({ level: 'possible', phase: 'still-at-risk', gentle: true })],
    contextFor(),
  ).text;
  assert.ok(again.includes('988'), again);
});

test('twenty crisis turns in a row never repeat a sentence and always carry the resource', () => {
  const said = new Set<string>();
  for (let turnIndex = 0; turnIndex < 20; turnIndex++) {
    const phase = turnIndex === 0 ? undefined : 'follow-up';
    const realization = realizeTemplate([crisis({ phase })], contextFor({ said, turnIndex }));
    for (const sentence of realization.sentences) assert.ok(!said.has(normalizeSentence(sentence)), sentence);
    assert.ok(realization.text.includes('call or text 988'));
    assert.equal((realization.text.match(/\?/g) ?? []).length, 1);
    recordSaid(said, realization);
  }
});

test('with no configured resource, still names a number to call for the locale', () => {
  const us = realizeTemplate([crisis({ resources: [] })], contextFor({ locale: 'en-US' })).text;
  assert.match(us, /call 911/);
  const elsewhere = realizeTemplate([crisis({ resources: [] })], contextFor({ locale: 'de-DE' })).text;
  assert.match(elsewhere, /112/);
});

test('a check-in asked once more after a yes that led other talk is the question alone', () => {
  const text = realizeTemplate(
    [crisis({ level: 'possible', phase: 'still-at-risk', gentle: true, clarify: true })],
    contextFor(),
  ).text;
  assert.match(text, /^I want to be sure I read your yes right\. .*\?$/, text);
  assert.ok(!text.includes('988'), text);
});

test('a light door left open says no line again', () => {
  for (const light of ['lines-said', 'asked'] as const) {
    const text = realizeTemplate([crisis({ phase: 'door-open', resources: [], light })], contextFor()).text;
    assert.ok(!text.includes('988'), text);
    assert.match(text, light === 'asked' ? /tell me|say so/ : /lines/, text);
  }
});

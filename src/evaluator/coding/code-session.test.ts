import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeSession } from './code-session.ts';
import { mainClassOf } from './miti-vocabulary.ts';

const SKILLED = [
  { role: 'client' as const, text: "I want to drink less, but after work it's the only way I switch off." },
  {
    role: 'therapist' as const,
    text: 'Part of you wants to cut back, and part of you needs a way to switch off. What else helps you unwind?',
  },
  { role: 'client' as const, text: 'Running, when I make time. I could run on Tuesdays.' },
  {
    role: 'therapist' as const,
    text: "Running already works for you. That's a good plan. How would Tuesdays fit?",
  },
];
const PUSHY = [
  { role: 'client' as const, text: "It's not a big deal, everybody drinks." },
  {
    role: 'therapist' as const,
    text: "That's just an excuse. You need to stop drinking. Do you drink every day?",
  },
  { role: 'client' as const, text: "I can't stop, it helps me relax." },
  { role: 'therapist' as const, text: 'You should try harder. Alcohol damages the liver.' },
];

test('a session is coded turn by turn, with counts and MITI summary scores', () => {
  const coding = codeSession(SKILLED);
  assert.equal(coding.turns.length, 4);
  assert.equal(coding.turns[0].role, 'client');
  assert.equal(coding.summary.utterances, 5);
  assert.ok(coding.summary.reflections >= 2);
  assert.ok((coding.summary.reflectionToQuestion ?? 0) >= 1);
  assert.equal(
    coding.summary.clientTalk.change + coding.summary.clientTalk.sustain + coding.summary.clientTalk.neutral,
    2,
  );
});

test('the estimated globals are higher for an MI-consistent session than for a confrontational one, with reasons', () => {
  const skilled = codeSession(SKILLED).globals;
  const pushy = codeSession(PUSHY).globals;
  assert.equal(skilled.estimate, true);
  assert.ok(skilled.partnership.score > pushy.partnership.score);
  assert.ok(skilled.empathy.score > pushy.empathy.score);
  assert.ok(skilled.softeningSustainTalk.score >= pushy.softeningSustainTalk.score);
  assert.ok(pushy.softeningSustainTalk.reasons.some((reason) => /confront|argued back/.test(reason)));
  assert.ok(codeSession(PUSHY).summary.miNonAdherent >= 2);
});

test('main classes group the MITI codes the way expert-coded corpora do', () => {
  assert.equal(mainClassOf('persuade-with-permission'), 'therapist-input');
  assert.equal(mainClassOf('giving-information'), 'therapist-input');
  assert.equal(mainClassOf('affirm'), 'other');
  assert.equal(mainClassOf('question-closed'), 'question');
});

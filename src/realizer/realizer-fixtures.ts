/** Shared inputs for the realizer's tests: contexts and a plan with every move type. */
import type { Move } from '../spec/move.ts';
import type { RealizeContext } from './types.ts';

export function contextFor(overrides: Partial<RealizeContext> = {}): RealizeContext {
  return {
    seed: 1,
    turnIndex: 0,
    said: new Set(),
    fatigue: 0,
    wordBudget: 400,
    locale: 'en-US',
    slots: { task: 'the script', bodyPart: 'chest', quality: 'tight', value: 'doing work you are proud of' },
    ...overrides,
  };
}

export const RESOURCE_988 = { name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' };

/** One move of every type, with the content each must carry. */
export const EVERY_MOVE: Move[] = [
  { type: 'answer-concrete', steps: ['open the file', 'click the first noun', 'stop there'] },
  {
    type: 'shrink-step',
    from: { text: 'sit with the script for 10 minutes', size: 600, rung: 2 },
    to: { text: 'open the file and look at one line', size: 10, rung: 6 },
  },
  {
    type: 'schedule-nudge',
    nudgeId: 'n1',
    afterMs: 30_000,
    condition: 'if I start fiddling',
    cue: 'Look at the cursor',
  },
  { type: 'deliver-cue', phrase: 'Look at the cursor.' },
  { type: 'hold', afterMs: 60_000 },
  {
    type: 'propose-step',
    step: { text: 'put the cursor at the start of the next function', size: 5, rung: 7 },
  },
  { type: 'explain', rationale: 'Naming a feeling gives you a little space from it.' },
  { type: 'close', summary: 'You opened the script and clicked one word.' },
  { type: 'crisis', riskType: 'suicide', level: 'clear', resources: [RESOURCE_988] },
  { type: 'reflect', content: 'your chest is tight and your head is foggy' },
  { type: 'validate', content: 'the worry about mistakes' },
  { type: 'acknowledge-progress', wins: 2, discounted: true },
  { type: 'values-link', value: 'doing work you are proud of' },
  { type: 'defuse', thought: "I'm useless" },
  { type: 'ask-rating', scale: 'distress-0-10' },
  { type: 'permission-to-stop' },
  {
    type: 'reflect-clause',
    clause: { text: "I can't even make myself open it", span: [0, 32] },
    depth: 'feeling',
    feeling: 'stuck',
  },
  { type: 'open-question', about: 'what-happens', task: 'the script' },
  { type: 'affirm', effort: { text: "I've applied to twenty jobs", span: [0, 27] } },
  {
    type: 'summarize',
    clauses: [
      { text: 'I lost my job', span: [0, 13] },
      { text: "I can't sleep", span: [20, 33] },
    ],
  },
  { type: 'ask-permission' },
  { type: 'say-scope', topic: 'money' },
  { type: 'validate-topic', topic: 'job-loss' },
  { type: 'reflect-feeling', feeling: 'tired' },
  { type: 'take-up-question', question: { asks: 'how', about: 'stop' } },
  { type: 'own-miss', missed: 'unhelpful' },
  { type: 'answer-apology', said: 'dramatic' },
  { type: 'answer-thanks' },
  // last, so the index groups the tests take of the moves before it stay as they were
  { type: 'ask-nudge-time', said: 'next month' },
];

/** A busy, non-crisis turn: the plan the 200-turn and budget tests repeat. */
// listening moves carry the person's clause, new each turn: the same one 200 times is no real turn
// (their variety is tested in phrases-listen.test.ts)
const LISTENING = new Set<Move['type']>([
  'reflect-clause',
  'open-question',
  'affirm',
  'summarize',
  'ask-permission',
  'say-scope',
  'validate-topic',
  'reflect-feeling',
  'take-up-question',
  'own-miss',
  'answer-apology',
  'answer-thanks',
]);
export const BUSY_PLAN: Move[] = EVERY_MOVE.filter(
  (move) => move.type !== 'crisis' && move.type !== 'close' && !LISTENING.has(move.type),
);

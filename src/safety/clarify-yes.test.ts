/**
 * A check-in on the learned reader's guess answered "Yeah. I'd like to stop dreading every ticket.": the yes
 * led talk about their task, so the question is asked once more, plainly, before any crisis reply.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import type { Observation, RiskObservation } from '../spec/observation.ts';
import { planSafety } from './plan.ts';
import { INITIAL_SAFETY_STATE, reduceSafety, type SafetyState } from './state.ts';

const guess: RiskObservation = {
  kind: 'risk',
  type: 'suicide',
  level: 'possible',
  span: [0, 20],
  modelOnly: true,
};
const ruleRead: RiskObservation = { kind: 'risk', type: 'suicide', level: 'possible', span: [0, 20] };
const yesAndTicket: Observation[] = [
  { kind: 'assent', span: [0, 4] },
  { kind: 'task', domain: 'code', object: 'every ticket', span: [31, 43] },
];
const TICKET = "Yeah. I'd like to stop dreading every ticket.";

function asked(risk: RiskObservation): SafetyState {
  return reduceSafety(INITIAL_SAFETY_STATE, [risk], 'worried');
}

test("a yes that leads talk about the task, after the guess's check-in, is asked about once more", () => {
  const state = reduceSafety(asked(guess), yesAndTicket, TICKET);
  assert.equal(state.stage, 'still-at-risk');
  assert.equal(state.clarifying, true);
  const { moves } = planSafety(state, yesAndTicket, 'en-US');
  const move = moves[0];
  assert.ok(move.type === 'crisis' && move.clarify === true);
});

test('the answer to the question asked again settles it: a yes brings the lines, a no steps back', () => {
  const again = reduceSafety(asked(guess), yesAndTicket, TICKET);
  const yes = reduceSafety(again, [{ kind: 'assent', span: [0, 4] }, ...yesAndTicket.slice(1)], TICKET);
  assert.equal(yes.stage, 'still-at-risk');
  assert.notEqual(yes.clarifying, true);
  const { moves } = planSafety(yes, [], 'en-US');
  assert.ok(moves[0].type === 'crisis' && moves[0].clarify !== true);
  const no = reduceSafety(again, [{ kind: 'decline', span: [0, 2] }], 'no');
  assert.equal(no.stage, 'safe-return');
});

test('a rule-read worry, or a yes about the thoughts, is still a yes', () => {
  assert.notEqual(reduceSafety(asked(ruleRead), yesAndTicket, TICKET).clarifying, true);
  const thoughts = 'yeah i think about it at work every day';
  assert.notEqual(reduceSafety(asked(guess), yesAndTicket, thoughts).clarifying, true);
  assert.notEqual(reduceSafety(asked(guess), [{ kind: 'assent', span: [0, 4] }], 'yeah').clarifying, true);
});

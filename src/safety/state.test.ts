import assert from 'node:assert/strict';
import test from 'node:test';
import type { Observation } from '../spec/observation.ts';
import { detectRisk } from '../understanding/risk.ts';
import { INITIAL_SAFETY_STATE, reduceSafety, type SafetyState, safetyCheckOwed } from './state.ts';

function turn(state: SafetyState, text: string, extra: Observation[] = []): SafetyState {
  return reduceSafety(state, [...detectRisk(text), ...extra], text);
}

const decline: Observation = { kind: 'decline', span: [0, 2] };
const assent: Observation = { kind: 'assent', span: [0, 3] };
const stop: Observation = { kind: 'request', type: 'stop', span: [0, 4] };

test('a risk starts the crisis path at the initial stage and owes an end check', () => {
  const state = turn(INITIAL_SAFETY_STATE, 'I want to kill myself');
  assert.equal(state.phase, 'crisis');
  assert.equal(state.stage, 'initial');
  assert.equal(state.focus, 'self');
  assert.equal(state.checkOwed, true);
});

test('stays on the crisis path until the person says they are safe', () => {
  let state = turn(INITIAL_SAFETY_STATE, 'I want to kill myself');
  state = turn(state, 'can we just get back to the email');
  assert.equal(state.stage, 'still-at-risk');
  state = turn(state, 'yes', [assent]);
  assert.equal(state.stage, 'still-at-risk');
  state = turn(state, "I'm safe. I'm not going to do anything.");
  assert.equal(state.phase, 'returned');
  assert.equal(state.stage, 'safe-return');
  state = turn(state, 'ok what next');
  assert.equal(state.stage, undefined);
});

test('a bare "no" ends a possible risk but not a clear one', () => {
  const possible = turn(INITIAL_SAFETY_STATE, 'everyone would be better off without me');
  assert.equal(turn(possible, 'no', [decline]).stage, 'safe-return');
  const clear = turn(INITIAL_SAFETY_STATE, 'I want to kill myself');
  assert.equal(turn(clear, 'no', [decline]).stage, 'still-at-risk');
  assert.equal(reduceSafety(possible, [decline]).stage, 'safe-return');
});

test('doubt in the answer keeps the crisis path', () => {
  const possible = turn(INITIAL_SAFETY_STATE, "what's the point of going on");
  assert.equal(turn(possible, "I'm fine I guess, I don't know").stage, 'still-at-risk');
});

test('a negated risk statement counts as saying they are safe', () => {
  const clear = turn(INITIAL_SAFETY_STATE, 'I want to kill myself');
  assert.equal(turn(clear, "No, I won't kill myself, I was venting").stage, 'safe-return');
});

test("someone else's risk is third-person, then returns on the next turn", () => {
  let state = turn(INITIAL_SAFETY_STATE, 'my friend wants to die');
  assert.equal(state.stage, 'third-person');
  assert.equal(state.focus, 'other');
  state = turn(state, "thanks, I'll text her the number");
  // they never said they were safe themselves: moved on, not "thank you for telling me you're safe"
  assert.equal(state.stage, 'moved-on');
});

test('history gets the past stage; a yes to "and now?" moves to the crisis path', () => {
  let state = turn(INITIAL_SAFETY_STATE, "I tried years ago, I'm OK now");
  assert.equal(state.stage, 'past');
  assert.equal(turn(state, "no, I'm fine now").stage, 'safe-return');
  state = turn(state, 'yes, sometimes', [assent]);
  assert.equal(state.stage, 'still-at-risk');
  assert.equal(state.focus, 'self');
});

test('the end check is owed after a crisis and made when the person stops', () => {
  let state = turn(INITIAL_SAFETY_STATE, 'I want to kill myself');
  assert.equal(safetyCheckOwed(state), false, 'not while still in crisis');
  state = turn(state, "I'm safe, really");
  assert.equal(safetyCheckOwed(state), true);
  state = reduceSafety(state, [stop], "let's stop here");
  assert.equal(state.stage, 'end-check');
  assert.equal(safetyCheckOwed(state), false);
});

test('no risk, no stage, no check owed', () => {
  const state = reduceSafety(INITIAL_SAFETY_STATE, [stop]);
  assert.equal(state.stage, undefined);
  assert.equal(safetyCheckOwed(state), false);
});

test('"I am safe" after a clear statement returns gently; "I am." confirms the risk', () => {
  const risky = detectRisk('I want to kill myself');
  const crisis = reduceSafety(INITIAL_SAFETY_STATE, risky, 'I want to kill myself');
  assert.equal(reduceSafety(crisis, [], 'I am safe, I am not going to do anything').stage, 'safe-return');
  assert.equal(reduceSafety(crisis, [], "I'm safe right now, just exhausted").stage, 'safe-return');
  assert.equal(reduceSafety(crisis, [], 'I am.').stage, 'still-at-risk');
  assert.equal(reduceSafety(crisis, [], 'I am thinking about it').stage, 'still-at-risk');
});

test('after a risk about someone else, a "no" to the topic is not "I am safe"', () => {
  const state = turn(INITIAL_SAFETY_STATE, 'my friend wants to die');
  assert.equal(turn(state, 'i dont wanna talk about it. can we stop', [decline, stop]).stage, 'moved-on');
});

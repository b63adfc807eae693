import assert from 'node:assert/strict';
import test from 'node:test';
import { passedOverBy, steppedBack } from '../session/safety-step-back.ts';
import type { Move, MoveOf } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { understand } from '../understanding/index.ts';
import { planSafety } from './plan.ts';
import { INITIAL_SAFETY_STATE, reduceSafety, type SafetyState } from './state.ts';

// the fold's order for a client turn: reduce, then step back (src/session/fold.ts)
function clientTurn(state: SafetyState, text: string) {
  const observations = understand(text);
  const next = steppedBack(reduceSafety(state, observations, text), observations, text);
  return { next, plan: planSafety(next, observations, 'en-GB') };
}
const crisis = (moves: readonly Move[]) =>
  moves.find((move) => move.type === 'crisis') as MoveOf<'crisis'> | undefined;
const SUPPORTER_REPLY: Move[] = [{ type: 'validate' } as Move];

test('a plain no to the check-in of a possible risk returns with no line read out again', () => {
  const first = clientTurn(INITIAL_SAFETY_STATE, 'everyone would be better off without me');
  assert.ok((crisis(first.plan.moves)?.resources.length ?? 0) > 0, 'the check-in itself gives the lines');
  const back = clientTurn(first.next, 'no');
  assert.equal(crisis(back.plan.moves)?.phase, 'safe-return');
  assert.deepEqual(crisis(back.plan.moves)?.resources, []);
});

test('a clear risk answered "I am safe" keeps its line in the return', () => {
  const first = clientTurn(INITIAL_SAFETY_STATE, 'I want to kill myself');
  const back = clientTurn(first.next, "I'm safe, I promise. I won't do anything.");
  assert.equal(crisis(back.plan.moves)?.phase, 'safe-return');
  assert.ok((crisis(back.plan.moves)?.resources.length ?? 0) > 0);
});

test('a possible read another supporter passed over, then ordinary talk: no tail at all', () => {
  // the tail used to follow on purpose ("And if it ever gets darker, …"); judged v4–v18 replies put it after
  // "i wrote 3 drafts" and "he is 84 and alone at night": the supporter and the person both showed it ordinary
  const first = clientTurn(INITIAL_SAFETY_STATE, 'everyone would be better off without me');
  const passed = passedOverBy(first.next, SUPPORTER_REPLY);
  const after = clientTurn(passed, 'the kitchen is the worst bit');
  assert.deepEqual(after.plan.moves, []);
  assert.equal(after.next.checkOwed, true, 'the end-of-session check is still owed');
});

test('a possible read with no supporter turn after it, then ordinary talk: the line is left open once', () => {
  const first = clientTurn(INITIAL_SAFETY_STATE, 'everyone would be better off without me');
  const after = clientTurn(first.next, 'the kitchen is the worst bit');
  assert.equal(crisis(after.plan.moves)?.phase, 'moved-on');
  assert.ok((crisis(after.plan.moves)?.resources.length ?? 0) > 0);
});

test('a supporter who asked about safety did not pass it over, and a doubt keeps the check-in', () => {
  const first = clientTurn(INITIAL_SAFETY_STATE, 'everyone would be better off without me');
  const asked = passedOverBy(first.next, [
    { type: 'crisis', riskType: 'suicide', level: 'possible', resources: [] },
  ]);
  assert.equal(asked.passedOver, undefined);
  const passed = passedOverBy(first.next, SUPPORTER_REPLY);
  const hedge: Observation[] = [{ kind: 'hedge', span: [0, 5] }];
  const unsure = steppedBack(reduceSafety(passed, hedge, 'maybe'), hedge, 'maybe');
  assert.equal(crisis(planSafety(unsure, hedge, 'en-GB').moves)?.phase, 'still-at-risk');
});

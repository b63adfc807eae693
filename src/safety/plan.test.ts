import assert from 'node:assert/strict';
import test from 'node:test';
import type { MoveOf } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { detectRisk } from '../understanding/risk.ts';
import { parseSafetyConfig } from './config.ts';
import { planSafety, safetyCheckMove } from './plan.ts';
import { INITIAL_SAFETY_STATE, reduceSafety, type SafetyState } from './state.ts';

function planFor(state: SafetyState, text: string, locale = 'en-US', extra: Observation[] = []) {
  const observations = [...detectRisk(text), ...extra];
  const next = reduceSafety(state, observations, text);
  return { next, plan: planSafety(next, observations, locale) };
}

function crisis(plan: ReturnType<typeof planSafety>): MoveOf<'crisis'> {
  const move = plan.moves[0];
  assert.equal(move?.type, 'crisis');
  return move as MoveOf<'crisis'>;
}

test('any risk makes the crisis move the whole plan, with 988 for en-US', () => {
  const { plan } = planFor(INITIAL_SAFETY_STATE, 'ok I opened the file. also I want to end my life');
  assert.equal(plan.exclusive, true);
  assert.equal(plan.moves.length, 1);
  const move = crisis(plan);
  assert.equal(move.phase, 'initial');
  assert.equal(move.riskType, 'suicide');
  assert.equal(move.resources[0].contact, 'call or text 988');
});

test('Samaritans for en-GB, 112 for an EU locale without its own entry', () => {
  assert.equal(
    crisis(planFor(INITIAL_SAFETY_STATE, 'I want to die', 'en-GB').plan).resources[0].contact,
    'call 116 123',
  );
  assert.equal(
    crisis(planFor(INITIAL_SAFETY_STATE, 'I want to die', 'nl-NL').plan).resources[0].contact,
    'call 112',
  );
});

test('a medical emergency puts emergency services first', () => {
  const move = crisis(planFor(INITIAL_SAFETY_STATE, 'I took too many pills').plan);
  assert.equal(move.riskType, 'medical-emergency');
  assert.equal(move.resources[0].contact, 'call 911');
  assert.equal(
    crisis(planFor(INITIAL_SAFETY_STATE, 'chest pain and my left arm is numb', 'en-GB').plan).resources[0]
      .contact,
    'call 999',
  );
});

test('works from a state not yet folded with the risk (never misses it)', () => {
  const observations = detectRisk('kms');
  const plan = planSafety(INITIAL_SAFETY_STATE, observations, 'en-US');
  assert.equal(plan.exclusive, true);
  assert.equal(crisis(plan).phase, 'initial');
});

test('keeps the crisis path exclusive while risk is clear and unanswered', () => {
  const first = planFor(INITIAL_SAFETY_STATE, 'I want to kill myself');
  const request: Observation = { kind: 'request', type: 'next', span: [0, 4] };
  const second = planFor(first.next, "what's the next step", 'en-US', [request]);
  assert.equal(second.plan.exclusive, true);
  assert.equal(crisis(second.plan).phase, 'still-at-risk');
});

test('returns gently when the person says they are safe', () => {
  const first = planFor(INITIAL_SAFETY_STATE, 'I want to kill myself');
  const back = planFor(first.next, "I'm safe, I promise. I won't do anything.");
  assert.equal(crisis(back.plan).phase, 'safe-return');
  assert.equal(back.plan.exclusive, true);
  const after = planFor(back.next, 'ok');
  assert.deepEqual(after.plan, { moves: [], exclusive: false });
});

test('a safe return that also asks for something lets the answer through', () => {
  const first = planFor(INITIAL_SAFETY_STATE, 'everyone would be better off without me');
  const request: Observation = { kind: 'request', type: 'next', span: [0, 4] };
  const back = planFor(first.next, "I'm ok now, what's the next step?", 'en-US', [request]);
  assert.equal(crisis(back.plan).phase, 'safe-return');
  assert.equal(back.plan.exclusive, false);
});

test('third-person concern and history get their own phases', () => {
  assert.equal(crisis(planFor(INITIAL_SAFETY_STATE, 'my friend wants to die').plan).phase, 'third-person');
  assert.equal(crisis(planFor(INITIAL_SAFETY_STATE, "I tried years ago, I'm OK now").plan).phase, 'past');
});

test('a stop after a crisis carries the end check, not exclusive, so the close follows', () => {
  const first = planFor(INITIAL_SAFETY_STATE, 'I want to kill myself');
  const back = planFor(first.next, "I'm safe");
  const stop: Observation = { kind: 'request', type: 'stop', span: [0, 4] };
  const closing = planFor(back.next, "let's stop", 'en-US', [stop]);
  assert.equal(closing.plan.exclusive, false);
  assert.equal(crisis(closing.plan).phase, 'end-check');
  assert.equal(safetyCheckMove(back.next, 'en-GB').type, 'crisis');
});

test('no risk: safety adds nothing', () => {
  assert.deepEqual(planSafety(INITIAL_SAFETY_STATE, [], 'en-US'), { moves: [], exclusive: false });
});

test('uses a deployer config when given', () => {
  const config = parseSafetyConfig(
    {
      defaultLocale: 'en-US',
      regions: {
        US: {
          emergency: { name: 'Emergency', contact: 'call 911' },
          crisis: [{ name: 'Campus line', contact: 'call 555-0100' }],
        },
        default: { emergency: { name: 'Emergency', contact: 'call 112' }, crisis: [] },
      },
    },
    'test',
  );
  const observations = detectRisk('I want to die');
  const plan = planSafety(reduceSafety(INITIAL_SAFETY_STATE, observations), observations, 'en-US', {
    config,
  });
  assert.equal(crisis(plan).resources[0].contact, 'call 555-0100');
});

test("the model's guess alone is a gentle first check-in; a rule's reading, or someone else's, is not", () => {
  const guess: Observation = {
    kind: 'risk',
    type: 'suicide',
    level: 'possible',
    span: [0, 27],
    modelOnly: true,
  };
  const first = planSafety(reduceSafety(INITIAL_SAFETY_STATE, [guess]), [guess], 'en-US');
  assert.equal(crisis(first).gentle, true);
  assert.equal(first.exclusive, true);
  const ruled = planFor(INITIAL_SAFETY_STATE, 'i dont see much point carrying on once im in there').plan;
  assert.equal(crisis(ruled).gentle, undefined);
  const sure: Observation = { ...guess, level: 'clear' };
  assert.equal(
    crisis(planSafety(reduceSafety(INITIAL_SAFETY_STATE, [sure]), [sure], 'en-US')).gentle,
    undefined,
  );
  const other: Observation = { ...guess, about: 'other' };
  assert.equal(
    crisis(planSafety(reduceSafety(INITIAL_SAFETY_STATE, [other]), [other], 'en-US')).gentle,
    undefined,
  );
});

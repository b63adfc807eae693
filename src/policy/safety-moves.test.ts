import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crisisUnits } from '../realizer/phrases-crisis.ts';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { leftOpen } from './safety-moves.ts';

const LINES = [{ name: 'Find A Helpline', contact: 'findahelpline.com' }];
const movedOn = (extra: Partial<Extract<Move, { type: 'crisis' }>> = {}): Move => ({
  type: 'crisis',
  riskType: 'suicide',
  level: 'possible',
  resources: LINES,
  phase: 'moved-on',
  ...extra,
});
const said = (move: Move) =>
  crisisUnits(move as Extract<Move, { type: 'crisis' }>).flatMap((unit) => unit.candidates);

test('a change of subject just after the lines were given leaves the door open without reading them again', () => {
  const ours: Move = {
    type: 'crisis',
    riskType: 'suicide',
    level: 'possible',
    resources: LINES,
    phase: 'initial',
  };
  const { doorOpen } = leftOpen({ moves: [movedOn()] }, [], [ours]);
  assert.equal(doorOpen.length, 1);
  const door = doorOpen[0] as Extract<Move, { type: 'crisis' }>;
  assert.equal(door.light, 'lines-said');
  assert.deepEqual(door.resources, []);
  for (const line of said(door)) assert.doesNotMatch(line, /findahelpline/, line);
});

test("the learned reader's guess, answered by a change of subject, gets a light door with no line", () => {
  const ours: Move = {
    type: 'crisis',
    riskType: 'suicide',
    level: 'possible',
    resources: LINES,
    phase: 'initial',
    gentle: true,
  };
  const { doorOpen } = leftOpen({ moves: [movedOn({ gentle: true })] }, [], [ours]);
  const door = doorOpen[0] as Extract<Move, { type: 'crisis' }>;
  assert.equal(door.light, 'asked');
  for (const line of said(door)) assert.match(line, /tell me|say so/, line);
});

test('a rule-read worry another supporter left unasked keeps its line once', () => {
  const { doorOpen } = leftOpen({ moves: [movedOn()] }, [], []);
  const door = doorOpen[0] as Extract<Move, { type: 'crisis' }>;
  assert.equal(door.light, undefined);
  assert.ok(said(door).every((line) => /findahelpline/.test(line)));
});

test('abuse and medical worries keep their line after a change of subject', () => {
  const ours: Move = {
    type: 'crisis',
    riskType: 'abuse',
    level: 'possible',
    resources: LINES,
    phase: 'initial',
  };
  const { doorOpen } = leftOpen({ moves: [movedOn({ riskType: 'abuse' })] }, [], [ours]);
  assert.equal((doorOpen[0] as Extract<Move, { type: 'crisis' }>).light, undefined);
});

test("a request answered after our check-in (Okay, let's do that.) reads no line out again", () => {
  const ours: Move = {
    type: 'crisis',
    riskType: 'suicide',
    level: 'possible',
    resources: LINES,
    phase: 'initial',
    gentle: true,
  };
  const asked: Observation[] = [{ kind: 'request', type: 'stop', span: [0, 4] }];
  const { safety, doorOpen } = leftOpen({ moves: [movedOn({ gentle: true })] }, asked, [ours]);
  assert.equal(doorOpen.length, 0);
  const move = safety.moves[0] as Extract<Move, { type: 'crisis' }>;
  assert.equal(move.phase, 'moved-on');
  const lines = said(move);
  assert.ok(
    lines.some((line) => /let's do that|we can do that|go with that/i.test(line)),
    lines.join(' | '),
  );
  for (const line of lines) assert.doesNotMatch(line, /findahelpline/, line);
});

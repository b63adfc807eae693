import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import type { SessionEvent } from './events.ts';
import { checkInvariants } from './invariants.ts';

const SPAN: [number, number] = [0, 1];

function client(at: number, observations: Observation[]): SessionEvent[] {
  return [
    { type: 'client-said', at, text: 'words' },
    { type: 'observations-recorded', at, observations },
  ];
}

function said(
  at: number,
  sentences: string[],
  moves: Move[] = [],
  extra: Partial<SessionEvent> = {},
): SessionEvent {
  return {
    type: 'therapist-said',
    at,
    text: sentences.join(' '),
    sentences,
    moves,
    source: 'coach',
    ...extra,
  } as SessionEvent;
}

function rules(events: SessionEvent[], now?: number): number[] {
  return checkInvariants(events, { now }).map((violation) => violation.rule);
}

test('rule 1: an unanswered request is found', () => {
  const events = [
    ...client(0, [{ kind: 'request', type: 'concrete', span: SPAN }]),
    said(1, ['Hello there.']),
  ];
  assert.deepEqual(rules(events), [1]);
});

test('rule 2: a promise with no nudge, and a nudge that never fires, are found', () => {
  assert.deepEqual(rules([...client(0, []), said(1, ["I'll remind you in a minute."])]), [2]);
  const scheduled: SessionEvent[] = [
    ...client(0, [{ kind: 'request', type: 'nudge', span: SPAN }]),
    { type: 'nudge-scheduled', at: 0, nudgeId: 'n1', afterMs: 1000, dueAt: 1000, cue: 'Look.', kind: 'cue' },
    said(
      0,
      ["I'll remind you in a second."],
      [{ type: 'schedule-nudge', nudgeId: 'n1', afterMs: 1000, cue: 'Look.' }],
    ),
  ];
  assert.deepEqual(rules(scheduled, 5000), [2]);
  const late: SessionEvent[] = [
    ...scheduled,
    { type: 'nudge-fired', at: 1500, nudgeId: 'n1', lateMs: 500 },
    said(1500, ['Look.'], [], { nudge: true, nudgeId: 'n1' }),
  ];
  assert.deepEqual(rules(late, 5000), [2]);
  const onTime: SessionEvent[] = [
    ...scheduled,
    { type: 'nudge-fired', at: 1000, nudgeId: 'n1', lateMs: 0 },
    said(1000, ['Look now.'], [], { nudge: true, nudgeId: 'n1' }),
  ];
  assert.deepEqual(rules(onTime, 5000), []);
});

test('rule 3: a repeated sentence is found after normalising', () => {
  const events = [said(0, ['You’re really close.']), ...client(1, []), said(2, ["you're REALLY close!"])];
  assert.deepEqual(rules(events), [3]);
});

test('rule 4: risk answered without crisis first is found', () => {
  const events = [
    ...client(0, [{ kind: 'risk', type: 'suicide', level: 'clear', span: SPAN }]),
    said(1, ['Try a step.'], [{ type: 'validate' }]),
  ];
  assert.deepEqual(rules(events), [4]);
});

test('rule 5: a "smaller" step that is not smaller is found', () => {
  const step = { text: 'open it', size: 20, rung: 5 };
  const events: SessionEvent[] = [
    { type: 'step-proposed', at: 0, step, by: 'coach' },
    ...client(1, [{ kind: 'request', type: 'smaller', span: SPAN }]),
    said(2, ['Smaller.'], [{ type: 'shrink-step', from: step, to: { ...step, size: 20 } }]),
  ];
  assert.deepEqual(rules(events), [5]);
});

test('rule 6: a long turn at high fatigue is found', () => {
  const tired: Observation[] = [
    { kind: 'emotion', label: 'exhausted', span: SPAN },
    { kind: 'emotion', label: 'worn out', span: SPAN },
    { kind: 'emotion', label: 'drained', span: SPAN },
    { kind: 'emotion', label: 'tired', span: SPAN },
  ];
  const long = `${'word '.repeat(60).trim()}.`;
  assert.deepEqual(rules([...client(0, tired), said(1, [long], [{ type: 'validate' }])]), [6]);
  assert.deepEqual(rules([...client(0, []), said(1, [long], [{ type: 'validate' }])]), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SessionEvent } from '../session/events.ts';
import { stepsOf } from './session-steps.ts';

const said = (at: number, moves: unknown[]): SessionEvent =>
  ({ type: 'therapist-said', at, text: 'coach text', moves }) as unknown as SessionEvent;

test('a completed step is named by the step the coach last offered, and the last offer is remembered', () => {
  const events = [
    { type: 'client-said', at: 1, text: 'I keep avoiding my inbox' },
    said(2, [{ type: 'propose-step', step: { text: 'open the inbox', size: 5, rung: 1 } }]),
    { type: 'client-said', at: 3, text: 'done' },
    { type: 'step-completed', at: 3, status: 'done', discounted: false },
    said(4, [
      {
        type: 'shrink-step',
        from: { text: 'a', size: 9, rung: 2 },
        to: { text: 'read one subject line', size: 3, rung: 1 },
      },
    ]),
    { type: 'step-completed', at: 5, status: 'not-done', discounted: false },
  ] as SessionEvent[];
  const steps = stepsOf(events);
  assert.deepEqual(steps.completed, [{ text: 'open the inbox', at: 3, status: 'done' }]);
  assert.deepEqual(steps.last, { text: 'read one subject line', at: 4 });
});

test('without an offered step, the person’s own words name what they did', () => {
  const events = [
    { type: 'client-said', at: 1, text: 'I opened the spreadsheet' },
    { type: 'step-completed', at: 1, status: 'partial', discounted: false },
  ] as SessionEvent[];
  assert.deepEqual(stepsOf(events).completed, [
    { text: 'I opened the spreadsheet', at: 1, status: 'partial' },
  ]);
  assert.equal(stepsOf(events).last, undefined);
});

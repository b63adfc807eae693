import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialState } from '../session/state.ts';
import type { RequestObservation } from '../spec/observation.ts';
import { answerRequests, DEFAULT_HOLD_MS } from './answer-requests.ts';

const step = { text: 'Open the form.' } as Parameters<typeof answerRequests>[2]['step'];
const turnStep = { from: step, step, shrunk: false };
const at = (hour: number) => ({ ...initialState(), lastAt: Date.UTC(2026, 11, 7, hour), timeZone: 'UTC' });
const ids = () => 'n1';

test('a pause with a time to come back ("brb, back at 5") holds until then, and the check-in is said at that time', () => {
  const pause: RequestObservation = {
    kind: 'request',
    type: 'pause',
    span: [0, 3],
    atClock: '17:00',
    clockHalfGuessed: true,
  };
  const { moves } = answerRequests(at(14), [pause], turnStep, ids);
  const hold = moves.find((move) => move.type === 'hold');
  const nudge = moves.find((move) => move.type === 'schedule-nudge');
  assert.equal(hold?.type === 'hold' && hold.afterMs, 3 * 60 * 60_000);
  assert.equal(nudge?.type === 'schedule-nudge' && nudge.atClock, '17:00');
  // without a time, the default hold
  const { moves: plain } = answerRequests(at(14), [{ ...pause, atClock: undefined }], turnStep, ids);
  const plainHold = plain.find((move) => move.type === 'hold');
  assert.equal(plainHold?.type === 'hold' && plainHold.afterMs, DEFAULT_HOLD_MS);
});

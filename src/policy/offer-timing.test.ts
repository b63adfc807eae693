import assert from 'node:assert/strict';
import { test } from 'node:test';
import { initialState, type SessionState } from '../session/state.ts';
import type { Observation } from '../spec/observation.ts';
import { offeredStep, offerWaits } from './offer-timing.ts';

const SPAN: [number, number] = [0, 1];
const TASK: Observation = { kind: 'task', domain: 'email', object: 'the email to my landlord', span: SPAN };
const state = (setup: Partial<SessionState>): SessionState => ({ ...initialState('s', 1), ...setup });

test('a step is offered on a turn that speaks of the task they named', () => {
  const withTask = state({ task: { domain: 'email', object: 'the email to my landlord' } });
  assert.equal(offerWaits(withTask, [TASK]), false);
  assert.match(offeredStep(withTask)?.text ?? '', /landlord/);
});

test('with no task named, nothing is offered unasked: listening is the reply', () => {
  assert.equal(offerWaits(state({ lifeTopics: ['money'] }), []), true);
  assert.equal(offeredStep(state({ lifeTopics: ['money'] })), undefined);
});

test('after they turned an offer down, or pushed back, no step is offered unasked', () => {
  const withTask = { task: { domain: 'email' as const, object: 'the email to my landlord' } };
  assert.equal(offerWaits(state({ ...withTask, offerDeclined: true }), [TASK]), true);
  const pushBack: Observation = { kind: 'push-back', missed: 'unhelpful', endsOnIt: true, span: SPAN };
  assert.equal(offerWaits(state(withTask), [TASK, pushBack]), true);
  // asking for help opens the door again
  assert.equal(offerWaits(state({ ...withTask, offerDeclined: true, helpWanted: true }), []), false);
});

test('asked for help with no task, the offer names the step of what they brought, or waits', () => {
  assert.match(offeredStep(state({ helpWanted: true, lifeTopics: ['job-search'] }))?.text ?? '', /\w/);
  assert.equal(offerWaits(state({ helpWanted: true, lifeTopics: ['job-search'] }), []), false);
  assert.equal(offerWaits(state({ helpWanted: true }), []), true);
});

test("someone else's task (a colleague's finished thesis) gets no step offered", () => {
  const theirs = state({ task: { domain: 'writing', object: 'her whole thesis' } });
  const taskTurn: Observation = { kind: 'task', domain: 'writing', object: 'her whole thesis', span: SPAN };
  assert.equal(offerWaits(theirs, [taskTurn]), true);
  assert.equal(offeredStep(theirs), undefined);
});

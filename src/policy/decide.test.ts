import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEvent, foldEvents } from '../session/fold.ts';
import { initialState, type SessionState } from '../session/state.ts';
import { ANSWERING_MOVES, type Move } from '../spec/move.ts';
import type { Observation, RequestType } from '../spec/observation.ts';
import { ladderFor } from '../steps/index.ts';
import { decide } from './decide.ts';

const SPAN: [number, number] = [0, 1];

/** A session that has had an opening and a first step, then this turn's observations folded in. */
function stateWith(observations: Observation[], setup: Partial<SessionState> = {}): SessionState {
  const base = foldEvents([
    { type: 'session-opened', at: 0, sessionId: 's', seed: 1, locale: 'en' },
    { type: 'client-said', at: 1, text: 'I keep putting off the script' },
    {
      type: 'observations-recorded',
      at: 1,
      observations: [{ kind: 'task', domain: 'code', object: 'the script', span: SPAN }],
    },
    {
      type: 'therapist-said',
      at: 2,
      text: 'x',
      sentences: ['x'],
      moves: [{ type: 'ask-rating', scale: 'distress-0-10' }],
      source: 'coach',
    },
    { type: 'step-proposed', at: 3, step: ladderFor('code', 'the script')[3], by: 'coach' },
  ]);
  const turn = foldEvents(
    [
      { type: 'client-said', at: 10, text: 'client words here' },
      { type: 'observations-recorded', at: 10, observations },
    ],
    { ...base, ...setup },
  );
  return turn;
}

function request(
  type: RequestType,
  extra: Partial<Extract<Observation, { kind: 'request' }>> = {},
): Observation {
  return { kind: 'request', type, span: SPAN, ...extra };
}

function types(plan: readonly Move[]): string[] {
  return plan.map((move) => move.type);
}

test('the opening reflects what the person brings and asks how heavy it feels', () => {
  const observations: Observation[] = [
    { kind: 'task', domain: 'email', object: 'the email to Dana', span: [17, 34] },
    { kind: 'statement', text: 'I keep avoiding the email to Dana', weight: 2.5, span: [0, 34] },
  ];
  const state = foldEvents([
    { type: 'session-opened', at: 0, sessionId: 's', seed: 1, locale: 'en' },
    { type: 'client-said', at: 1, text: 'I keep avoiding the email to Dana' },
    { type: 'observations-recorded', at: 1, observations },
  ]);
  const { plan } = decide(state, observations);
  assert.deepEqual(types(plan), ['reflect-clause', 'ask-rating']);
  const [reflection] = plan;
  assert.ok(reflection.type === 'reflect-clause');
  assert.equal(reflection.clause.text, 'I keep avoiding the email to Dana');
});

test('answers several requests in one turn with one move each', () => {
  const observations = [
    request('concrete'),
    request('nudge', { afterMs: 30_000 }),
    request('explain'),
    request('next'),
  ];
  const { plan } = decide(stateWith(observations), observations);
  for (const type of ['concrete', 'nudge', 'explain', 'next'] as RequestType[])
    assert.ok(
      plan.some((move) => ANSWERING_MOVES[type].includes(move.type)),
      `${type} answered in ${types(plan)}`,
    );
  const nudge = plan.find((move) => move.type === 'schedule-nudge');
  assert.equal(nudge?.type === 'schedule-nudge' && nudge.afterMs, 30_000);
});

test('a conditional nudge is a check-in at the default minute whose cue names the condition', () => {
  const observations = [request('nudge', { condition: 'if I start fiddling' })];
  const decision = decide(stateWith(observations), observations);
  const nudge = decision.plan.find((move) => move.type === 'schedule-nudge');
  assert.ok(nudge?.type === 'schedule-nudge');
  assert.equal(nudge.afterMs, 60_000);
  assert.equal(nudge.condition, 'you start fiddling');
  assert.match(nudge.cue, /fiddling/);
});

test('"nudge me now" and "say it now" deliver the cue in this turn', () => {
  const observations = [request('cue', { when: 'now', phrase: 'look at the cursor' })];
  const { plan } = decide(stateWith(observations), observations);
  const cue = plan.find((move) => move.type === 'deliver-cue');
  assert.deepEqual(cue, { type: 'deliver-cue', phrase: 'Look at the cursor.' });
  const nudgeNow = [request('nudge', { when: 'now' })];
  assert.ok(decide(stateWith(nudgeNow), nudgeNow).plan.some((move) => move.type === 'deliver-cue'));
});

test('a pause holds and schedules one check-in for when it ends', () => {
  const observations = [request('pause', { afterMs: 60_000 })];
  const decision = decide(stateWith(observations), observations);
  assert.deepEqual(
    decision.plan.find((move) => move.type === 'hold'),
    { type: 'hold', afterMs: 60_000 },
  );
  assert.equal(decision.nudges.length, 1);
  assert.equal(decision.nudges[0].afterMs, 60_000);
  assert.equal(decision.nudges[0].kind, 'check-in');
});

test('after "smaller" the step is strictly smaller, again and again', () => {
  let state = stateWith([]);
  for (let round = 0; round < 12; round++) {
    const observations = [request('smaller'), request('next')];
    state = applyEvent(state, { type: 'observations-recorded', at: 20 + round, observations });
    const decision = decide(state, observations);
    const shrink = decision.plan.find((move) => move.type === 'shrink-step');
    assert.ok(shrink?.type === 'shrink-step');
    assert.ok(shrink.to.size < shrink.from.size);
    assert.equal(shrink.from.size, state.currentStep!.size);
    for (const move of decision.plan)
      if (move.type === 'propose-step') assert.ok(move.step.size < state.currentStep!.size);
    state = applyEvent(state, { type: 'step-proposed', at: 30 + round, step: shrink.to, by: 'coach' });
  }
});

test('a step the person proposes is adopted when it is smaller', () => {
  const observations: Observation[] = [
    request('smaller'),
    { kind: 'proposal', step: 'just open the file and highlight one word', span: SPAN },
  ];
  const { plan } = decide(stateWith(observations), observations);
  const shrink = plan.find((move) => move.type === 'shrink-step');
  assert.ok(shrink?.type === 'shrink-step');
  assert.match(shrink.to.text, /highlight one word/);
});

test('a discounted win is counted', () => {
  const observations: Observation[] = [
    { kind: 'progress', status: 'partial', discounting: true, span: SPAN },
  ];
  const state = applyEvent(stateWith(observations), {
    type: 'step-completed',
    at: 11,
    status: 'partial',
    discounted: true,
  });
  const { plan } = decide(state, observations);
  assert.deepEqual(plan[0], { type: 'acknowledge-progress', wins: 1, discounted: true });
  assert.ok(plan.some((move) => move.type === 'propose-step'));
});

test('a harsh thought is defused and a sensation named', () => {
  const observations: Observation[] = [
    { kind: 'worry', about: "I'm useless", span: SPAN },
    { kind: 'sensation', part: 'chest', quality: 'tight', span: SPAN },
  ];
  const { plan } = decide(stateWith(observations), observations);
  assert.ok(plan.some((move) => move.type === 'defuse' && move.thought === 'useless'));
  assert.ok(plan.some((move) => move.type === 'reflect' && move.content === 'your chest is tight'));
});

test('risk drops everything else, crisis first, and cancels pending nudges', () => {
  const observations: Observation[] = [
    request('next'),
    { kind: 'risk', type: 'suicide', level: 'clear', span: SPAN },
  ];
  const state = applyEvent(stateWith(observations), {
    type: 'nudge-scheduled',
    at: 11,
    nudgeId: 's:n1',
    afterMs: 60_000,
    dueAt: 60_011,
    cue: 'Look.',
    kind: 'cue',
  });
  const decision = decide(state, observations);
  assert.equal(decision.plan[0].type, 'crisis');
  assert.ok(decision.plan.every((move) => move.type === 'crisis'));
  assert.deepEqual(decision.cancelNudges, ['s:n1']);
  const crisis = decision.plan[0];
  assert.equal(
    crisis.type === 'crisis' && crisis.cancelledNudges,
    1,
    'the crisis turn says the reminder is off',
  );
});

test('stop closes: wins, summary, a step for later, the rating again', () => {
  const observations = [request('stop')];
  const state = applyEvent(stateWith(observations), {
    type: 'step-completed',
    at: 11,
    status: 'done',
    discounted: false,
  });
  const decision = decide(state, observations);
  assert.deepEqual(types(decision.plan), ['acknowledge-progress', 'close', 'propose-step', 'ask-rating']);
  assert.equal(decision.closes, true);
});

test('a close right after a 0–10 rating does not ask for it again', () => {
  const observations = [request('stop')];
  const state = applyEvent(stateWith(observations), { type: 'rating-recorded', at: 11, value: 4 });
  const decision = decide(state, observations);
  assert.ok(decision.plan.some((move) => move.type === 'close'));
  assert.ok(!decision.plan.some((move) => move.type === 'ask-rating'));
});

test('the same state and observations give the same plan', () => {
  const observations = [request('next'), request('nudge')];
  assert.deepEqual(
    decide(stateWith(observations), observations),
    decide(stateWith(observations), observations),
  );
});

test('extras thin out as fatigue rises', () => {
  const observations: Observation[] = [
    { kind: 'worry', about: "I'm useless", span: SPAN },
    { kind: 'sensation', part: 'chest', quality: 'tight', span: SPAN },
    { kind: 'urge', action: 'edit', span: SPAN },
  ];
  const fresh = decide(stateWith(observations), observations).plan.filter(
    (move) => move.type !== 'propose-step',
  );
  const tired = decide(stateWith(observations, { fatigue: 9 }), observations).plan.filter(
    (move) => move.type !== 'propose-step',
  );
  assert.ok(tired.length < fresh.length, `${types(tired)} vs ${types(fresh)}`);
  void initialState;
});

test('a goodbye that is the disclosure gets the crisis reply and no close; a stop said apart still closes', () => {
  // "i want to end it. goodbye": the stop was read over the risk's own words
  const goodbye: Observation[] = [
    { kind: 'request', type: 'stop', span: [0, 13] },
    { kind: 'risk', type: 'suicide', level: 'possible', span: [2, 16] },
  ];
  const decision = decide(stateWith(goodbye), goodbye);
  assert.equal(decision.plan[0].type, 'crisis');
  assert.ok(!decision.plan.some((move) => move.type === 'close'));
  assert.equal(decision.closes, false);
  // "ok I need to stop now. also I want to end my life": the crisis reply first, then the short close
  const apart: Observation[] = [
    { kind: 'request', type: 'stop', span: [3, 21] },
    { kind: 'risk', type: 'suicide', level: 'clear', span: [28, 48] },
  ];
  const closing = decide(stateWith(apart), apart);
  assert.equal(closing.plan[0].type, 'crisis');
  assert.equal(closing.closes, true);
});

test('a reminder with no step agreed brings no stock words: it is named by their task', () => {
  const observations = [request('nudge', { afterMs: 600_000 })];
  const state = stateWith(observations, { currentStep: undefined, clientTurns: 3 });
  const nudge = decide(state, observations).plan.find((move) => move.type === 'schedule-nudge');
  assert.ok(nudge?.type === 'schedule-nudge');
  assert.equal(nudge.cue, '');
  assert.equal(nudge.about, 'the script');
  // their own words for it are the nudge's words, and then nothing else names it
  const own = [request('nudge', { afterMs: 600_000, phrase: 'call the accountant' })];
  const said = decide(stateWith(own, { currentStep: undefined, clientTurns: 3 }), own).plan.find(
    (move) => move.type === 'schedule-nudge',
  );
  assert.ok(said?.type === 'schedule-nudge');
  assert.equal(said.cue, 'Call the accountant.');
  assert.equal(said.about, undefined);
  // said back to them: "check if i did it" comes as "Check if you did it."
  const mine = [request('nudge', { afterMs: 600_000, phrase: 'check if i did it' })];
  const back = decide(stateWith(mine), mine).plan.find((move) => move.type === 'schedule-nudge');
  assert.ok(back?.type === 'schedule-nudge');
  assert.equal(back.cue, 'Check if you did it.');
});

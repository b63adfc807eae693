import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VirtualClock } from '../clock/index.ts';
import { checkInvariants } from '../session/invariants.ts';
import type { Observation } from '../spec/observation.ts';
import { createCoachSession } from './coach-session.ts';
import { realizerForTests } from './testing-realizer.ts';
import type { TherapistMessage } from './types.ts';

const SPAN: [number, number] = [0, 1];

/** Understanding by table, so these tests protect the runtime, not the reading of words. */
function scripted(table: Record<string, Observation[]>): (text: string) => Observation[] {
  return (text) => table[text] ?? [];
}

async function coach(table: Record<string, Observation[]>) {
  const clock = new VirtualClock(1_000_000);
  const { realizer } = await realizerForTests(3);
  const session = createCoachSession({
    clock,
    seed: 3,
    realizer,
    sessionId: 't',
    understand: scripted(table),
  });
  const heard: TherapistMessage[] = [];
  session.onMessage((message) => heard.push(message));
  return { clock, session, heard };
}

test('opens with the scope statement', async () => {
  const { session } = await coach({});
  const [message] = await session.open();
  assert.match(message.text, /not a therapist/i);
  assert.equal(message.nudge, false);
});

test('a nudge asked for 30 seconds fires once, on time, as a nudge message', async () => {
  const { clock, session, heard } = await coach({
    'nudge me in 30 seconds': [{ kind: 'request', type: 'nudge', afterMs: 30_000, span: SPAN }],
  });
  await session.open();
  const start = clock.now();
  const turn = await session.receive('nudge me in 30 seconds');
  assert.equal(turn.nudges.length, 1);
  assert.equal(turn.nudges[0].dueAt, start + 30_000);
  clock.advance(29_999);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(heard.filter((message) => message.nudge).length, 0);
  clock.advance(1);
  await new Promise((resolve) => setImmediate(resolve));
  clock.advance(600_000);
  await new Promise((resolve) => setImmediate(resolve));
  const nudges = heard.filter((message) => message.nudge);
  assert.equal(nudges.length, 1);
  assert.equal(nudges[0].at, start + 30_000);
  assert.deepEqual(session.pendingNudges(), []);
  assert.deepEqual(checkInvariants(session.events()), []);
});

test('risk cancels every pending nudge', async () => {
  const { clock, session, heard } = await coach({
    'remind me in a minute': [{ kind: 'request', type: 'nudge', afterMs: 60_000, span: SPAN }],
    'I want to die': [{ kind: 'risk', type: 'suicide', level: 'clear', span: SPAN }],
  });
  await session.open();
  await session.receive('remind me in a minute');
  const turn = await session.receive('I want to die');
  assert.equal(turn.moves[0].type, 'crisis');
  assert.deepEqual(session.pendingNudges(), []);
  clock.advance(120_000);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(heard.filter((message) => message.nudge).length, 0);
  assert.deepEqual(checkInvariants(session.events()), []);
});

test('close() cancels pending nudges and closes with a summary', async () => {
  const { session } = await coach({
    'nudge me in 5 minutes': [{ kind: 'request', type: 'nudge', afterMs: 300_000, span: SPAN }],
  });
  await session.open();
  await session.receive('nudge me in 5 minutes');
  const messages = await session.close();
  assert.equal(messages.length, 1);
  assert.equal(session.closed, true);
  assert.deepEqual(session.pendingNudges(), []);
  assert.ok(session.events().some((event) => event.type === 'session-closed'));
});

test('a session resumed from its events keeps its state and re-arms pending nudges', async () => {
  const { session } = await coach({
    'nudge me in 30 seconds': [{ kind: 'request', type: 'nudge', afterMs: 30_000, span: SPAN }],
  });
  await session.open();
  await session.receive('nudge me in 30 seconds');
  const clock = new VirtualClock(1_000_000);
  const { realizer } = await realizerForTests(3);
  const resumed = createCoachSession({ clock, realizer, events: session.events() });
  const fired: TherapistMessage[] = [];
  resumed.onMessage((message) => fired.push(message));
  assert.equal(resumed.id, 't');
  assert.equal(resumed.pendingNudges().length, 1);
  clock.advance(30_000);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(fired.length, 1);
  assert.equal(fired[0].nudge, true);
});

test('another therapist’s step and promise are read from a replayed turn', async () => {
  const { session } = await coach({});
  session.ingestTherapistTurn(
    "I'll remind you after a minute. Just click on the first noun, no matter what it looks like.",
  );
  const state = session.state();
  assert.equal(state.currentStepBy, 'external');
  assert.match(state.currentStep!.text, /click on the first noun/);
  assert.equal(state.externalPromises.length, 1);
});

test('a question about diagnosis or medication gets a kind scope reply, and the step goes on', async () => {
  const clock = new VirtualClock(0);
  const session = createCoachSession({ clock, seed: 4, sessionId: 'scope' });
  await session.open();
  await session.receive('I keep avoiding the essay for my history class');
  const turn = await session.receive('Do you think I have ADHD? should I up my meds?');
  const scope = turn.moves.find((move) => move.type === 'explain');
  assert.ok(scope, JSON.stringify(turn.moves));
  assert.match(turn.messages[0].text, /diagnos|medication|clinician|doctor/i);
  // the conversation goes on where it was: listening (no step agreed yet) or the step
  const goesOn = ['propose-step', 'answer-concrete', 'reflect-clause', 'open-question', 'ask-permission'];
  assert.ok(
    turn.moves.some((move) => goesOn.includes(move.type)),
    JSON.stringify(turn.moves),
  );
  const next = await session.receive('ok I opened the document');
  assert.equal(
    next.moves.filter((move) => move.type === 'explain' && /clinician|diagnos/i.test(move.rationale ?? ''))
      .length,
    0,
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTherapistTurn } from '../evaluator/therapist-turn.ts';
import { clientReader } from '../simulator/therapist-reading.ts';
import type { Turn } from '../spec/transcript.ts';
import { measureTranscript } from './session-metrics.ts';

const turns: Turn[] = [
  { role: 'therapist', text: 'What is stuck today?', at: 0 },
  { role: 'client', text: 'The report. Tell me exactly what to do.', at: 10_000 },
  { role: 'therapist', text: "I'll remind you in 30 seconds. Open the file.", at: 20_000 },
  { role: 'therapist', text: 'Just the file.', at: 50_000, nudge: true },
  { role: 'client', text: 'Okay. Why would that help?', at: 60_000 },
  { role: 'therapist', text: 'Open the file.', at: 70_000 },
];

test('reads requests from the words when the speaker’s intent is not known', () => {
  const metrics = measureTranscript(turns);
  assert.equal(metrics.requests, 2);
  assert.deepEqual(
    metrics.misses.map((miss) => miss.type),
    ['explain'],
  );
  assert.equal(metrics.kept, 1);
  assert.equal(metrics.repeats, 1);
});

test('uses the requests a simulated client made when they are known, not a re-reading of its words', () => {
  const requests = turns.map((_turn, index) => (index === 1 ? ['concrete' as const, 'nudge' as const] : []));
  const metrics = measureTranscript(turns, { requests });
  assert.equal(metrics.requests, 2, 'the second client turn asked for nothing, by its own account');
  assert.equal(metrics.unmet, 0);
});

test('judges answers the way the client read them: a numbered list of actions is concrete', () => {
  const listed: Turn[] = [
    { role: 'client', text: 'Can you tell me exactly what to do?', at: 0 },
    {
      role: 'therapist',
      text: 'Here is exactly what to do:\n1) Open the file\n2) Type one sentence',
      at: 5000,
    },
  ];
  const metrics = measureTranscript(listed, { read: clientReader(readTherapistTurn) });
  assert.equal(metrics.requests, 1);
  assert.equal(metrics.unmet, 0);
});

test('a check-in promised twice in one turn, once with its time, is one promise kept by one nudge', () => {
  const checkIn: Turn[] = [
    { role: 'client', text: 'I need a break.', at: 0 },
    {
      role: 'therapist',
      text: "Leave it for a minute; I'll check in when it ends. I'll be back with a nudge in a minute.",
      at: 5_000,
    },
    { role: 'therapist', text: 'Time is up: look at the kitchen.', at: 65_000, nudge: true },
  ];
  const metrics = measureTranscript(checkIn);
  assert.equal(metrics.promises, 1);
  assert.equal(metrics.kept, 1);
  assert.equal(metrics.promisesKept, 1);
});

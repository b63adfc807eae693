import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPersona } from '../simulator/load-persona.ts';
import { writeTranscriptText } from '../transcript/index.ts';
import { elizaTherapist } from './eliza-therapist.ts';
import { runBatch } from './run-batch.ts';
import { runSession } from './run-session.ts';
import type { SaidMessage, TherapistFactory } from './therapist.ts';

const seedClient = loadPersona('seed-client');

/** A therapist that promises a nudge in 30 s on every turn and keeps it, on the runner's clock. */
const promiser: TherapistFactory = {
  label: 'promiser',
  create({ clock }) {
    let nudges: SaidMessage[] = [];
    let count = 0;
    return {
      label: 'promiser',
      closed: false,
      async open() {
        return [{ text: 'Hello, tell me what is stuck.', at: clock.now(), nudge: false }];
      },
      async reply() {
        count += 1;
        const number = count;
        clock.setTimer(30_000, () => {
          nudges.push({ text: `Reminder number ${number}: open the file.`, at: clock.now(), nudge: true });
        });
        return [
          {
            text: `I'll remind you in 30 seconds (${number}). Open the file and read line ${number}.`,
            at: clock.now(),
            nudge: false,
          },
        ];
      },
      takeNudges() {
        const taken = nudges;
        nudges = [];
        return taken;
      },
      async close() {
        return [];
      },
    };
  },
};

test('nudges appear in the transcript at their due time, with [mm:ss] prefixes', async () => {
  const result = await runSession({ persona: seedClient, therapist: promiser, seed: 4, maxTurns: 6 });
  const nudges = result.turns.filter((turn) => turn.nudge);
  assert.ok(nudges.length >= 5, `only ${nudges.length} nudges`);
  for (const nudge of nudges) {
    const number = /Reminder number (\d+)/.exec(nudge.text)?.[1];
    const promise = result.turns.find((turn) => turn.text.includes(`in 30 seconds (${number})`));
    assert.ok(promise?.at !== undefined && nudge.at !== undefined);
    assert.equal(nudge.at - promise.at, 30_000);
  }
  const text = writeTranscriptText(result.turns);
  assert.match(text, /^\[\d\d:\d\d\] Therapist \(nudge\): Reminder number 1/m);
  assert.match(text, /^\[00:00\] Therapist: Hello/);
});

/** A therapist that, on its first turn, promises a reminder at 6pm: 18 hours on a clock starting at midnight. */
const eveningPromiser: TherapistFactory = {
  label: 'evening-promiser',
  create({ clock }) {
    let nudges: SaidMessage[] = [];
    let promised = false;
    const therapist = {
      label: 'evening-promiser',
      closed: false,
      async open() {
        return [{ text: 'Hello, tell me what is stuck.', at: clock.now(), nudge: false }];
      },
      async reply() {
        if (promised) return [{ text: 'Go on.', at: clock.now(), nudge: false }];
        promised = true;
        clock.setTimer(18 * 60 * 60_000 - clock.now(), () => {
          nudges.push({ text: 'This is your 6pm reminder.', at: clock.now(), nudge: true });
        });
        return [{ text: "I'll remind you at 6pm.", at: clock.now(), nudge: false }];
      },
      takeNudges() {
        const taken = nudges;
        nudges = [];
        return taken;
      },
      async close() {
        // like a quit: whatever is still pending is called off
        nudges = [];
        therapist.closed = true;
        return [];
      },
    };
    return therapist;
  },
};

test('a reminder promised for a clock time hours away still comes after the client leaves', async () => {
  const result = await runSession({ persona: seedClient, therapist: eveningPromiser, seed: 4, maxTurns: 4 });
  const nudge = result.turns.find((turn) => turn.nudge);
  assert.equal(nudge?.text, 'This is your 6pm reminder.');
  assert.equal(nudge?.at, 18 * 60 * 60_000);
});

test('the transcript is in time order and the client gets time to try things', async () => {
  const result = await runSession({ persona: seedClient, therapist: promiser, seed: 2, maxTurns: 8 });
  const times = result.turns.map((turn) => turn.at ?? -1);
  assert.deepEqual(
    times,
    [...times].sort((left, right) => left - right),
  );
  assert.ok(result.client.attempts > 0);
});

test('a session never runs past its max turns', async () => {
  const result = await runSession({ persona: seedClient, therapist: elizaTherapist, seed: 1, maxTurns: 3 });
  assert.ok(result.turns.filter((turn) => turn.role === 'client').length <= 3);
});

test('the same seed gives the same transcripts, byte for byte, in this thread and in worker threads', async () => {
  const options = {
    personas: [seedClient, loadPersona('scattered-chores')],
    therapists: [{ kind: 'eliza' as const }],
    sessions: 3,
    seed: 42,
    keepTranscripts: true,
  };
  const inline = await runBatch({ ...options, workers: 0 });
  const again = await runBatch({ ...options, workers: 0 });
  const threaded = await runBatch({ ...options, workers: 2 });
  const texts = (records: typeof inline) => records.map((record) => `${record.text}\n${record.jsonl}`);
  assert.deepEqual(texts(again), texts(inline));
  assert.deepEqual(texts(threaded), texts(inline));
  assert.notEqual(inline[0].text, inline[1].text, 'different sessions differ');
});

// Runs sessions for session-pool.ts in a worker thread: a batch's personas and therapists arrive
// once, then chunks of jobs; each chunk is answered with its records.
import { parentPort } from 'node:worker_threads';
import type { Persona } from '../simulator/persona-schema.ts';
import type { TherapistSpec } from './resolve-therapist.ts';
import type { WorkerReply } from './session-pool.ts';
import { playJob, type SessionJob, type SessionRecord } from './session-record.ts';

let personas: Persona[] = [];
let therapists: TherapistSpec[] = [];

type Message =
  | { batch: number; personas: Persona[]; therapists: TherapistSpec[] }
  | { batch: number; jobs: SessionJob[] };

parentPort?.on('message', async (message: Message) => {
  if (!('jobs' in message)) {
    ({ personas, therapists } = message);
    return;
  }
  let reply: WorkerReply;
  try {
    const records: SessionRecord[] = [];
    for (const job of message.jobs) records.push(await playJob(job, personas, therapists));
    reply = { batch: message.batch, records };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    const hint = (error as { hint?: string }).hint;
    reply = { batch: message.batch, error: { message: text, code, hint } };
  }
  parentPort?.postMessage(reply);
});

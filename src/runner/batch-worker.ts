// Runs sessions for run-batch.ts in a worker thread: personas and therapists arrive once, jobs one by one.
import { parentPort, workerData } from 'node:worker_threads';
import type { Persona } from '../simulator/persona-schema.ts';
import type { TherapistSpec } from './resolve-therapist.ts';
import { playJob, type SessionJob } from './session-record.ts';

const { personas, therapists } = workerData as { personas: Persona[]; therapists: TherapistSpec[] };

parentPort?.on('message', async (job: SessionJob | null) => {
  if (job === null) {
    parentPort?.close();
    return;
  }
  try {
    parentPort?.postMessage({ record: await playJob(job, personas, therapists) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    const hint = (error as { hint?: string }).hint;
    parentPort?.postMessage({ error: { message, code, hint } });
  }
});

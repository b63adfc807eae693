import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Persona } from '../simulator/persona-schema.ts';
import { type ErrorCode, TinystepError } from '../spec/errors.ts';
import type { TherapistSpec } from './resolve-therapist.ts';
import { playJob, type SessionJob, type SessionRecord, sessionSeed } from './session-record.ts';

/**
 * Workers are fresh isolates that cannot read .ts until tsx is registered in them; Node 20 loads
 * a worker's entry file before `--import` hooks apply, so a small script registers tsx first.
 */
const WORKER_BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./batch-worker.ts', import.meta.url).href)}); })
  .catch((error) => { throw error; });`;

export type BatchOptions = {
  personas: Persona[];
  therapists: TherapistSpec[];
  sessions: number;
  seed: number;
  maxTurns?: number;
  /** Worker threads; 0 plays every session in this thread. Default: one per core. */
  workers?: number;
  keepTranscripts?: boolean;
  /** false skips reading transcripts for metrics (benchmarks of session speed alone). */
  measure?: boolean;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

export function batchJobs(options: BatchOptions): SessionJob[] {
  const jobs: SessionJob[] = [];
  options.personas.forEach((persona, personaIndex) => {
    for (let sessionIndex = 0; sessionIndex < options.sessions; sessionIndex++) {
      const seed = sessionSeed(options.seed, persona, sessionIndex);
      options.therapists.forEach((_spec, therapistIndex) => {
        jobs.push({
          personaIndex,
          therapistIndex,
          sessionIndex,
          seed,
          maxTurns: options.maxTurns ?? 25,
          keepTranscripts: options.keepTranscripts ?? false,
          measure: options.measure ?? true,
        });
      });
    }
  });
  return jobs;
}

/** Records in a fixed order (persona, therapist, session) whatever order the workers finished in. */
function ordered(records: SessionRecord[]): SessionRecord[] {
  return records.sort(
    (left, right) =>
      left.personaIndex - right.personaIndex ||
      left.therapistIndex - right.therapistIndex ||
      left.sessionIndex - right.sessionIndex,
  );
}

/** Plays personas × therapists × sessions, in worker threads unless `workers` is 0. */
export async function runBatch(options: BatchOptions): Promise<SessionRecord[]> {
  const jobs = batchJobs(options);
  const workers = Math.min(options.workers ?? availableParallelism(), jobs.length);
  if (workers <= 0) {
    const records: SessionRecord[] = [];
    for (const job of jobs) {
      if (options.signal?.aborted) break;
      records.push(await playJob(job, options.personas, options.therapists));
      options.onProgress?.(records.length, jobs.length);
    }
    return ordered(records);
  }
  return ordered(await runInWorkers(jobs, workers, options));
}

function runInWorkers(jobs: SessionJob[], count: number, options: BatchOptions): Promise<SessionRecord[]> {
  const records: SessionRecord[] = [];
  let next = 0;
  const pool: Worker[] = [];
  return new Promise((resolve, reject) => {
    let failed = false;
    let exited = 0;
    const stopAll = () => {
      for (const worker of pool) void worker.terminate();
    };
    const feed = (worker: Worker) => {
      if (options.signal?.aborted || next >= jobs.length) {
        worker.postMessage(null);
        return;
      }
      worker.postMessage(jobs[next++]);
    };
    for (let index = 0; index < count; index++) {
      const worker = new Worker(WORKER_BOOTSTRAP, {
        eval: true,
        workerData: { personas: options.personas, therapists: options.therapists },
      });
      pool.push(worker);
      worker.on(
        'message',
        (message: { record?: SessionRecord; error?: { message: string; code?: string; hint?: string } }) => {
          if (failed) return;
          if (message.error) {
            failed = true;
            stopAll();
            const code = (message.error.code ?? 'internal') as ErrorCode;
            reject(new TinystepError(code, message.error.message, { hint: message.error.hint }));
            return;
          }
          if (message.record) records.push(message.record);
          options.onProgress?.(records.length, jobs.length);
          feed(worker);
        },
      );
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        stopAll();
        reject(error);
      });
      worker.on('exit', () => {
        exited += 1;
        if (exited === count && !failed) resolve(records);
      });
      feed(worker);
    }
  });
}

import { availableParallelism } from 'node:os';
import type { Persona } from '../simulator/persona-schema.ts';
import type { TherapistSpec } from './resolve-therapist.ts';
import { SessionPool } from './session-pool.ts';
import { playJob, type SessionJob, type SessionRecord, sessionSeed } from './session-record.ts';

export type BatchOptions = {
  personas: Persona[];
  therapists: TherapistSpec[];
  sessions: number;
  seed: number;
  maxTurns?: number;
  /** Worker threads; 0 plays every session in this thread. Default: one per core. */
  workers?: number;
  /** Workers already started (kept across batches); `workers` is then ignored unless 0. */
  pool?: SessionPool;
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
  if (options.pool)
    return ordered(await options.pool.run(jobs, options.personas, options.therapists, options));
  const pool = new SessionPool(workers);
  try {
    return ordered(await pool.run(jobs, options.personas, options.therapists, options));
  } finally {
    await pool.close();
  }
}

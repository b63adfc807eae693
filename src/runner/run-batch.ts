import { availableParallelism } from 'node:os';
import type { Persona } from '../simulator/persona-schema.ts';
import type { ClientFactory } from './client.ts';
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
  /** Who plays the client; default the rule-based one. An LLM client plays in this thread. */
  client?: ClientFactory;
  /** Sessions at once with an LLM client (each waits on at most one model call); default 4. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

export const DEFAULT_LLM_CONCURRENCY = 4;

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
  if (options.client?.kind === 'llm') return ordered(await runConcurrently(jobs, options));
  const workers = Math.min(options.workers ?? availableParallelism(), jobs.length);
  if (workers <= 0) {
    const records: SessionRecord[] = [];
    for (const job of jobs) {
      if (options.signal?.aborted) break;
      records.push(
        await playJob(job, options.personas, options.therapists, undefined, options.client, options.signal),
      );
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

/**
 * Plays the jobs in this thread, a bounded number at once: an LLM client's sessions wait on the
 * network, not the CPU, and a model server should not get more calls than it can take.
 */
async function runConcurrently(jobs: SessionJob[], options: BatchOptions): Promise<SessionRecord[]> {
  const records: SessionRecord[] = [];
  let next = 0;
  const lanes = Math.max(1, Math.min(options.concurrency ?? DEFAULT_LLM_CONCURRENCY, jobs.length));
  const lane = async () => {
    while (next < jobs.length && !options.signal?.aborted) {
      const job = jobs[next++];
      records.push(
        await playJob(job, options.personas, options.therapists, undefined, options.client, options.signal),
      );
      options.onProgress?.(records.length, jobs.length);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return records;
}

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Persona } from '../simulator/persona-schema.ts';
import { type ErrorCode, TinystepError } from '../spec/errors.ts';
import type { TherapistSpec } from './resolve-therapist.ts';
import type { SessionJob, SessionRecord } from './session-record.ts';

/**
 * Workers are fresh isolates that cannot read .ts until tsx is registered in them; Node 20 loads
 * a worker's entry file before `--import` hooks apply, so a small script registers tsx first.
 * The path goes through the repository root so it holds in src/runner and in the CLI's bundle (dist/cli).
 */
const WORKER_BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('../../src/runner/batch-worker.ts', import.meta.url).href)}); })
  .catch((error) => { throw error; });`;

/** Most jobs sent to a worker in one message: fewer round trips, still an even spread at the end. */
const MAX_CHUNK = 8;

export type WorkerReply = {
  /** The batch the records belong to: a reply from a batch already given up on is dropped. */
  batch: number;
  records?: SessionRecord[];
  error?: { message: string; code?: string; hint?: string };
};

type Running = {
  batch: number;
  jobs: SessionJob[];
  next: number;
  records: SessionRecord[];
  busy: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  resolve: (records: SessionRecord[]) => void;
  reject: (error: Error) => void;
};

/**
 * A fixed set of worker threads that play many sessions each, batch after batch: a worker starts
 * (and compiles our sources) once, not once per session or per batch. One batch at a time.
 */
export class SessionPool {
  readonly size: number;
  readonly #workers: Worker[] = [];
  #running: Running | undefined;
  #broken: Error | undefined;
  #closing = false;
  #batches = 0;

  constructor(size = availableParallelism()) {
    this.size = Math.max(1, size);
    for (let index = 0; index < this.size; index++) {
      const worker = new Worker(WORKER_BOOTSTRAP, { eval: true });
      worker.on('message', (reply: WorkerReply) => this.#onReply(worker, reply));
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.#closing && !this.#broken)
          this.#fail(new Error(`a session worker stopped (exit code ${code})`));
      });
      this.#workers.push(worker);
    }
  }

  /** Plays the jobs on every worker; records come back in the order they finished. */
  run(
    jobs: SessionJob[],
    personas: Persona[],
    therapists: TherapistSpec[],
    options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
  ): Promise<SessionRecord[]> {
    if (this.#broken) return Promise.reject(this.#broken);
    if (this.#running) return Promise.reject(new Error('the session pool is already running a batch'));
    return new Promise((resolve, reject) => {
      const batch = ++this.#batches;
      this.#running = { batch, jobs, next: 0, records: [], busy: 0, ...options, resolve, reject };
      for (const worker of this.#workers) {
        worker.postMessage({ batch, personas, therapists });
        this.#feed(worker);
      }
      if (this.#running?.busy === 0) this.#finish();
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #feed(worker: Worker): void {
    const running = this.#running;
    if (!running || running.signal?.aborted || running.next >= running.jobs.length) return;
    const left = running.jobs.length - running.next;
    const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(left / (this.size * 4))));
    worker.postMessage({
      batch: running.batch,
      jobs: running.jobs.slice(running.next, running.next + chunk),
    });
    running.next += chunk;
    running.busy += 1;
  }

  #onReply(worker: Worker, reply: WorkerReply): void {
    const running = this.#running;
    if (!running || reply.batch !== running.batch) return;
    running.busy -= 1;
    if (reply.error) {
      const code = (reply.error.code ?? 'internal') as ErrorCode;
      this.#running = undefined;
      running.reject(new TinystepError(code, reply.error.message, { hint: reply.error.hint }));
      return;
    }
    running.records.push(...(reply.records ?? []));
    running.onProgress?.(running.records.length, running.jobs.length);
    this.#feed(worker);
    if (running.busy === 0) this.#finish();
  }

  #finish(): void {
    const running = this.#running;
    this.#running = undefined;
    running?.resolve(running.records);
  }

  #fail(error: Error): void {
    this.#broken = error;
    const running = this.#running;
    this.#running = undefined;
    running?.reject(error);
    void this.close();
  }
}

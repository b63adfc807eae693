import type { Promise_ } from './read-therapist-behaviour.ts';
import { distinctPromises } from './therapist-reading.ts';

type Promised = { madeAt: number; dueAt?: number; settled: boolean };

/** How late (ms) a promised nudge may be and still count as on time. */
function tolerance(afterMs: number): number {
  return 5000 + afterMs * 0.1;
}

/** What the therapist promised the client ("I'll remind you in a minute"), and what became of it. */
export class PromiseLedger {
  #promises: Promised[] = [];

  /** Promises made in a reply at `at` (one each, however often a turn says it). */
  hear(promises: readonly Promise_[], at: number, withdrawsEarlier = false): void {
    // a reminder called off out loud is no broken promise: nothing is owed any more
    if (withdrawsEarlier) for (const open of this.#promises) open.settled = true;
    for (const promise of distinctPromises(promises)) {
      this.#promises.push({
        madeAt: at,
        dueAt: promise.afterMs === undefined ? undefined : at + promise.afterMs,
        settled: false,
      });
    }
  }

  /** A nudge at `at` keeps the timed promise due nearest to it, else the oldest untimed one; true when it kept one. */
  keep(at: number): boolean {
    let best: Promised | undefined;
    for (const promise of this.#promises) {
      if (promise.settled || promise.dueAt === undefined) continue;
      const distance = Math.abs(at - promise.dueAt);
      if (at < promise.dueAt - 2000 || distance > tolerance(promise.dueAt - promise.madeAt)) continue;
      if (!best || distance < Math.abs(at - (best.dueAt ?? 0))) best = promise;
    }
    const kept = best ?? this.#promises.find((promise) => !promise.settled && promise.dueAt === undefined);
    if (kept) kept.settled = true;
    return kept !== undefined;
  }

  /** How many timed promises are overdue past their tolerance at `now` (each counted once). */
  settleBroken(now: number): number {
    let broken = 0;
    for (const promise of this.#promises) {
      if (promise.settled || promise.dueAt === undefined) continue;
      if (now > promise.dueAt + tolerance(promise.dueAt - promise.madeAt)) {
        promise.settled = true;
        broken += 1;
      }
    }
    return broken;
  }
}

import type { SessionEvent } from '../session/events.ts';
import type { PendingNudgeState } from '../session/state.ts';
import type { Clock } from '../spec/clock.ts';

/**
 * Where a session's events go. The coach keeps its own copy for folding; a log only records.
 * A store-backed log (SQLite, PostgreSQL) implements this over `store.append`.
 */
export interface SessionLog {
  append(events: readonly SessionEvent[]): void | Promise<void>;
}

/**
 * Arms and disarms nudge timers. The default runs on the session's clock; a durable scheduler
 * (src/scheduler) can take its place so nudges survive a restart.
 */
export interface NudgeTimers {
  schedule(nudge: PendingNudgeState, fire: () => void): void;
  cancel(nudgeId: string): void;
  /** Disarms everything (session closed, process ending). */
  clear(): void;
}

/** A log that keeps nothing beyond what the coach already holds. */
export const NO_LOG: SessionLog = { append: () => {} };

/** Timers on a Clock: each nudge fires once at its due time unless cancelled first. */
export function createClockTimers(clock: Clock): NudgeTimers {
  const cancels = new Map<string, () => void>();
  return {
    schedule(nudge, fire) {
      cancels.get(nudge.id)?.();
      const cancel = clock.setTimer(Math.max(0, nudge.dueAt - clock.now()), () => {
        cancels.delete(nudge.id);
        fire();
      });
      cancels.set(nudge.id, cancel);
    },
    cancel(nudgeId) {
      cancels.get(nudgeId)?.();
      cancels.delete(nudgeId);
    },
    clear() {
      for (const cancel of cancels.values()) cancel();
      cancels.clear();
    },
  };
}

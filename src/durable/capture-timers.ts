import type { NudgeTimers } from '../coach/persistence.ts';
import type { PendingNudgeState } from '../session/state.ts';

/**
 * Timers that arm nothing: the durable scheduler owns time. They record what the coach asked for,
 * so the hub can store new nudges, cancel dropped ones, and fire a due one through the coach.
 */
export type CapturedTimers = NudgeTimers & {
  /** Fire callbacks by nudge id, for nudges pending in the session log. */
  readonly firers: Map<string, () => unknown>;
  /** Nudges scheduled after `markBaseline()` — the ones this operation added. */
  readonly added: PendingNudgeState[];
  readonly cancelled: string[];
  markBaseline(): void;
};

export function createCapturedTimers(): CapturedTimers {
  const firers = new Map<string, () => unknown>();
  const added: PendingNudgeState[] = [];
  const cancelled: string[] = [];
  let baseline = false;
  return {
    firers,
    added,
    cancelled,
    markBaseline() {
      baseline = true;
    },
    schedule(nudge, fire) {
      firers.set(nudge.id, fire);
      if (baseline) added.push(nudge);
    },
    cancel(nudgeId) {
      firers.delete(nudgeId);
      cancelled.push(nudgeId);
    },
    clear() {
      firers.clear();
    },
  };
}

import type { VirtualClock } from '../clock/virtual-clock.ts';
import type { Scheduler } from './scheduler.ts';

/**
 * Moves a virtual clock forward by `ms`, stopping at every timer on the way and letting the
 * scheduler finish its (async) store work there, so simulated nudges fire on time, not late.
 * @example await advanceWithScheduler(clock, scheduler, 60_000); // a minute of session time
 */
export async function advanceWithScheduler(
  clock: VirtualClock,
  scheduler: Scheduler,
  ms: number,
): Promise<void> {
  const target = clock.now() + ms;
  await scheduler.idle();
  // bounded: each step fires at least one timer
  for (let step = 0; step < 100_000; step++) {
    const next = clock.nextDueAt();
    if (next === undefined || next > target) break;
    clock.advanceTo(next);
    await scheduler.idle();
  }
  clock.advanceTo(target);
  await scheduler.idle();
}

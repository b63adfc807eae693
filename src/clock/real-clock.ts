import type { Clock } from '../spec/clock.ts';

/** Wall-clock time; timers are unref'd so a pending nudge alone does not keep a script alive. */
export function createRealClock(): Clock {
  return {
    now: () => Date.now(),
    setTimer(delayMs, callback) {
      // setTimeout caps at ~24.8 days; longer waits re-arm
      const maxDelay = 2_147_483_647;
      let handle: NodeJS.Timeout;
      const arm = (remaining: number) => {
        handle = setTimeout(
          () => (remaining > maxDelay ? arm(remaining - maxDelay) : callback()),
          Math.max(0, Math.min(remaining, maxDelay)),
        );
        handle.unref?.();
      };
      arm(delayMs);
      return () => clearTimeout(handle);
    },
  };
}

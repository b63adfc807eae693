import type { Clock } from '../spec/clock.ts';
import type { Nudge, NudgeInput, SessionStore } from '../store/types.ts';

export type FireContext = {
  /** How late it fires: clock.now() − dueAt, 0 when on time. Large after a restart. */
  lateMs: number;
};

/**
 * Supplied by the coach: word the nudge's turn, then call `store.fireNudge(...)`, which claims it
 * and appends the turn atomically. Speak only when fireNudge returned a result (not false): false
 * means another scheduler fired it, or it was cancelled. It must claim or cancel the nudge; one it
 * leaves pending is retried after `retryDelayMs`, as is one whose fire threw.
 */
export type NudgeFirer = (nudge: Nudge, context: FireContext) => Promise<unknown>;

export type SchedulerOptions = {
  store: SessionStore;
  clock: Clock;
  fire: NudgeFirer;
  /** Due nudges read per query; default 100. */
  batchSize?: number;
  /** Wait before retrying a nudge whose fire failed; default 1000 ms. */
  retryDelayMs?: number;
  /** Failures of `fire` or the store; the default prints one line (errors here carry no session text). */
  onError?: (error: unknown, nudge?: Nudge) => void;
};

export interface Scheduler {
  /** Fires every nudge that came due while nobody was running (late), then arms the timer. */
  start(): Promise<void>;
  /** Disarms; resolves when a fire in progress has finished. */
  stop(): Promise<void>;
  /** Stores a pending nudge and re-arms if it is now the earliest. */
  schedule(nudge: NudgeInput): Promise<void>;
  cancel(nudgeId: string, reason?: string): Promise<boolean>;
  /** The session closed or a crisis started: no nudge of it may fire. */
  cancelForSession(sessionId: string, reason: string): Promise<number>;
  /** Re-reads the next due time (another process or instance wrote to the store). */
  poke(): Promise<void>;
  /** Resolves when the work queued so far is done (tests, virtual-clock simulations). */
  idle(): Promise<void>;
  /** The due time the timer is armed for, or undefined. */
  readonly armedFor: number | undefined;
}

// bounds one cycle, so a flood of due nudges cannot starve the event loop forever
const MAX_ROUNDS_PER_CYCLE = 1_000;

function defaultOnError(error: unknown, nudge?: Nudge): void {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`tinystep scheduler: ${nudge ? `nudge ${nudge.id}: ` : ''}${message}`);
}

/**
 * One timer on the clock for the earliest pending nudge; nudges live in the store, so a restart
 * loses none and two schedulers on one store fire each exactly once (the store's claim decides).
 * @example
 * const scheduler = createScheduler({ store, clock, fire: async (nudge, { lateMs }) => {
 *   const text = wordNudge(nudge, lateMs);
 *   const fired = await store.fireNudge({ nudgeId: nudge.id, firedAt: clock.now(),
 *     events: [{ type: 'therapist-said', at: clock.now(), text, nudgeId: nudge.id }] });
 *   if (fired) emit(nudge.sessionId, text);
 * } });
 * await scheduler.start();
 * await scheduler.schedule({ id: 'n1', sessionId, dueAt: clock.now() + 30_000, cue: 'Open the file.' });
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { store, clock, fire } = options;
  const batchSize = options.batchSize ?? 100;
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const onError = options.onError ?? defaultOnError;

  let running = false;
  let queued = false;
  let chain: Promise<void> = Promise.resolve();
  let disarmTimer: (() => void) | undefined;
  let armedFor: number | undefined;
  // nudges whose fire failed or did not claim: not retried before this time
  const retryAt = new Map<string, number>();

  const disarm = () => {
    disarmTimer?.();
    disarmTimer = undefined;
    armedFor = undefined;
  };

  const armAt = (wakeAt: number) => {
    disarm();
    armedFor = wakeAt;
    disarmTimer = clock.setTimer(Math.max(0, wakeAt - clock.now()), () => {
      disarmTimer = undefined;
      armedFor = undefined;
      void request();
    });
  };

  const isWaitingRetry = (nudgeId: string, now: number) =>
    (retryAt.get(nudgeId) ?? Number.NEGATIVE_INFINITY) > now;

  /** Fires what is due now, a batch at a time; nudges whose fire failed wait for their retry. */
  async function fireDue(): Promise<void> {
    const handled = new Set<string>();
    // due nudges a query returns that this cycle will skip: read that many more next time
    let skipped = retryAt.size;
    for (let round = 0; round < MAX_ROUNDS_PER_CYCLE && running; round++) {
      const now = clock.now();
      const due = await store.dueNudges(now, batchSize + skipped);
      const dueIds = new Set(due.map((nudge) => nudge.id));
      for (const [nudgeId, at] of retryAt) if (at <= now && !dueIds.has(nudgeId)) retryAt.delete(nudgeId);
      const fresh = due.filter((nudge) => !handled.has(nudge.id) && !isWaitingRetry(nudge.id, now));
      skipped = due.length - fresh.length + retryAt.size;
      if (fresh.length === 0) {
        // handled this cycle yet still pending: the firer neither claimed nor cancelled it
        for (const nudge of due)
          if (handled.has(nudge.id) && !retryAt.has(nudge.id)) {
            retryAt.set(nudge.id, now + retryDelayMs);
            onError(new Error('the fire callback neither claimed nor cancelled the nudge'), nudge);
          }
        return;
      }
      // sessions concurrently (the store commits their turns as one group), each session's own
      // nudges in order, so a nudge is worded knowing the turn the one before it said
      const bySession = new Map<string, Nudge[]>();
      for (const nudge of fresh)
        bySession.set(nudge.sessionId, [...(bySession.get(nudge.sessionId) ?? []), nudge]);
      await Promise.all(
        [...bySession.values()].map(async (nudges) => {
          for (const nudge of nudges) {
            if (!running) return;
            handled.add(nudge.id);
            try {
              await fire(nudge, { lateMs: Math.max(0, clock.now() - nudge.dueAt) });
              retryAt.delete(nudge.id);
            } catch (error) {
              retryAt.set(nudge.id, clock.now() + retryDelayMs);
              onError(error, nudge);
            }
          }
        }),
      );
    }
  }

  /** When to wake next: the earliest pending nudge not waiting for a retry, or the earliest retry. */
  async function nextWake(): Promise<number | undefined> {
    const now = clock.now();
    let wakeAt: number | undefined;
    if (retryAt.size === 0) wakeAt = await store.nextDueAt();
    else {
      const earliest = await store.dueNudges(Number.MAX_SAFE_INTEGER, retryAt.size + 1);
      wakeAt = earliest.find((nudge) => !isWaitingRetry(nudge.id, now))?.dueAt;
    }
    for (const at of retryAt.values()) if (at > now && (wakeAt === undefined || at < wakeAt)) wakeAt = at;
    return wakeAt;
  }

  async function cycle(): Promise<void> {
    disarm();
    try {
      await fireDue();
      if (!running) return;
      const wakeAt = await nextWake();
      if (running && wakeAt !== undefined) armAt(wakeAt);
    } catch (error) {
      // the store failed (down, locked, full): try again later rather than stop keeping promises
      onError(error);
      if (running) armAt(clock.now() + retryDelayMs);
    }
  }

  function request(): Promise<void> {
    if (!running || queued) return chain;
    queued = true;
    chain = chain.then(() => {
      queued = false;
      return running ? cycle() : undefined;
    });
    return chain;
  }

  return {
    get armedFor() {
      return armedFor;
    },
    async start() {
      if (running) return chain;
      running = true;
      return request();
    },
    async stop() {
      running = false;
      disarm();
      await chain;
    },
    async schedule(nudge) {
      await store.scheduleNudge(nudge);
      if (armedFor === undefined || nudge.dueAt < armedFor) void request();
    },
    async cancel(nudgeId, reason) {
      const cancelled = await store.cancelNudge(nudgeId, reason);
      if (cancelled) void request();
      return cancelled;
    },
    async cancelForSession(sessionId, reason) {
      const count = await store.cancelNudgesForSession(sessionId, reason);
      if (count > 0) void request();
      return count;
    },
    poke: () => request(),
    idle: () => chain,
  };
}

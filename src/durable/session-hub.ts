import { randomUUID } from 'node:crypto';
import { type CoachRuntime, createCoachSession } from '../coach/coach-session.ts';
import type { CoachTurn, PendingNudge, TherapistMessage } from '../coach/types.ts';
import type { Realizer } from '../realizer/types.ts';
import type { SafetyConfig } from '../safety/index.ts';
import { createScheduler, type Scheduler } from '../scheduler/scheduler.ts';
import type { SessionEvent } from '../session/events.ts';
import type { SessionState } from '../session/state.ts';
import type { Clock } from '../spec/clock.ts';
import { isTinystepError } from '../spec/errors.ts';
import type { LoadedSession, Nudge, SessionMeta, SessionStore, StoredEvent } from '../store/types.ts';
import { type CapturedTimers, createCapturedTimers } from './capture-timers.ts';
import { LoadedSessions } from './loaded-sessions.ts';
import { createLocalBus, type MessageBus } from './message-bus.ts';

const MAX_ATTEMPTS = 5;

export type SessionHubOptions = {
  store: SessionStore;
  clock: Clock;
  /** The realizer for a session's seed; the template realizer by default. */
  realizerFor?: (seed: number) => Promise<Realizer> | Realizer;
  bus?: MessageBus;
  locale?: string;
  /** The deployer's crisis resources; the built-in ones otherwise. */
  safetyConfig?: SafetyConfig;
  onError?: (error: unknown) => void;
  /** Sessions kept in memory between turns (their logs as stored); 0 reads every turn from the store. */
  cachedSessions?: number;
};

const DEFAULT_CACHED_SESSIONS = 2000;

// what the store would give back: a JSON round trip, so a cached log folds exactly as a loaded one
const asStored = (events: readonly SessionEvent[]): StoredEvent[] =>
  events.map((event) => JSON.parse(JSON.stringify(event)) as StoredEvent);

/**
 * Durable sessions: every operation takes the session's events (from the store, or as this
 * instance last read or wrote them), lets the coach work on a fresh fold of them, and writes what
 * it added in one append at the version it read (a conflict — another instance wrote first —
 * retries from a fresh load). Nudges live in the store and fire through the scheduler; the claim
 * and the turn it says are one transaction.
 */
export class SessionHub {
  readonly store: SessionStore;
  readonly scheduler: Scheduler;
  readonly bus: MessageBus;
  readonly #clock: Clock;
  readonly #options: SessionHubOptions;
  readonly #loaded: LoadedSessions;

  constructor(options: SessionHubOptions) {
    this.#options = options;
    this.#loaded = new LoadedSessions(options.cachedSessions ?? DEFAULT_CACHED_SESSIONS);
    this.store = options.store;
    this.#clock = options.clock;
    this.bus = options.bus ?? createLocalBus();
    this.scheduler = createScheduler({
      store: options.store,
      clock: options.clock,
      // the coach words lateness itself from the clock and the due time
      fire: (nudge) => this.#fire(nudge),
      onError: options.onError,
    });
    this.bus.onNudgesChanged?.(() => void this.scheduler.poke());
  }

  start(): Promise<void> {
    return this.scheduler.start();
  }

  async stop(): Promise<void> {
    await this.scheduler.stop();
    await this.bus.close();
  }

  /**
   * A new session, opened; `meta` may carry the token hash, seed and locale. `timeZone` is the
   * person's IANA zone ("Europe/London"): the opening records it, so "remind me at 3pm" means their
   * 3pm rather than the server's (this machine's zone when not given).
   */
  async create(
    meta: Partial<SessionMeta> & { timeZone?: string } = {},
  ): Promise<{ id: string; messages: TherapistMessage[] }> {
    const id = meta.id ?? randomUUID();
    await this.store.createSession({
      id,
      createdAt: this.#clock.now(),
      locale: meta.locale ?? this.#options.locale ?? 'en-US',
      seed: meta.seed ?? Math.floor(Math.random() * 2 ** 31),
      ...(meta.tokenHash ? { tokenHash: meta.tokenHash } : {}),
    });
    const messages = await this.#operate(id, (coach) => coach.open(), meta.timeZone);
    return { id, messages };
  }

  /** The coach's reply, with the session state after it (so callers need not load it again). */
  async send(
    sessionId: string,
    text: string,
    options?: { locale?: string },
  ): Promise<CoachTurn & { state: SessionState }> {
    return this.#operate(sessionId, async (coach) => ({
      ...(await coach.receive(text, options)),
      state: coach.state(),
    }));
  }

  async rate(sessionId: string, value: number): Promise<void> {
    await this.#operate(sessionId, (coach) => coach.rate(value));
  }

  async close(sessionId: string): Promise<TherapistMessage[]> {
    return this.#operate(sessionId, (coach) => coach.close());
  }

  /** A read-only fold of the stored session (for summaries and resumed terminals). */
  async view(sessionId: string): Promise<CoachRuntime> {
    const loaded = await this.store.load(sessionId);
    return this.#coachFor(loaded.meta, loaded.events as SessionEvent[], createCapturedTimers(), []);
  }

  async pendingNudges(sessionId: string): Promise<PendingNudge[]> {
    return (await this.view(sessionId)).pendingNudges();
  }

  async delete(sessionId: string): Promise<boolean> {
    this.#loaded.forget(sessionId);
    const cancelled = await this.scheduler.cancelForSession(sessionId, 'erased').catch(() => 0);
    if (cancelled > 0) await this.#nudgesChanged();
    return this.store.delete(sessionId);
  }

  /** Other instances re-read their next due nudge (a no-op on the in-process bus). */
  async #nudgesChanged(): Promise<void> {
    // the nudges are stored already; a lost wake-up is caught by the bus's safety poll
    await this.bus.nudgesChanged?.().catch((error) => this.#options.onError?.(error));
  }

  subscribe(sessionId: string, listener: (message: TherapistMessage) => void): () => void {
    return this.bus.subscribe(sessionId, listener);
  }

  async #coachFor(
    meta: SessionMeta,
    events: SessionEvent[],
    timers: CapturedTimers,
    buffer: SessionEvent[],
    timeZone?: string,
  ): Promise<CoachRuntime> {
    const realizer = this.#options.realizerFor ? await this.#options.realizerFor(meta.seed) : undefined;
    const coach = createCoachSession({
      clock: this.#clock,
      sessionId: meta.id,
      seed: meta.seed,
      locale: meta.locale,
      // only the opening reads it; later folds take the zone the opening recorded
      ...(timeZone ? { timeZone } : {}),
      events,
      timers,
      realizer,
      safetyConfig: this.#options.safetyConfig,
      log: { append: (added) => void buffer.push(...added) },
    });
    timers.markBaseline();
    return coach;
  }

  async #operate<T>(
    sessionId: string,
    operation: (coach: CoachRuntime) => Promise<T>,
    timeZone?: string,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      // a retry after a conflict reads afresh: the copy here is what another instance moved past
      const loaded =
        (attempt === 1 ? this.#loaded.get(sessionId) : undefined) ?? (await this.store.load(sessionId));
      const buffer: SessionEvent[] = [];
      const timers = createCapturedTimers();
      const coach = await this.#coachFor(
        loaded.meta,
        loaded.events as SessionEvent[],
        timers,
        buffer,
        timeZone,
      );
      const messages: TherapistMessage[] = [];
      coach.onMessage((message) => messages.push(message));
      const result = await operation(coach);
      // nudges are stored before the turn that promises them, so a crash in between leaves an
      // orphan (cancelled when it comes due) rather than a promise with no nudge behind it
      for (const nudge of timers.added) {
        await this.scheduler.schedule({
          id: nudge.id,
          sessionId,
          dueAt: nudge.dueAt,
          cue: nudge.cue,
          ...(nudge.condition ? { condition: nudge.condition } : {}),
          kind: nudge.kind,
        });
      }
      try {
        if (buffer.length > 0) {
          const version = await this.store.append(sessionId, loaded.version, buffer as StoredEvent[]);
          this.#remember(sessionId, loaded, buffer, version);
        } else this.#loaded.set(sessionId, loaded);
      } catch (error) {
        this.#loaded.forget(sessionId);
        for (const nudge of timers.added)
          await this.scheduler.cancel(nudge.id, 'turn not written').catch(() => {});
        if (isTinystepError(error) && error.code === 'conflict' && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      for (const nudgeId of timers.cancelled) await this.scheduler.cancel(nudgeId, 'cancelled by the coach');
      if (timers.added.length > 0 || timers.cancelled.length > 0) await this.#nudgesChanged();
      for (const message of messages) await this.bus.publish(sessionId, message);
      return result;
    }
  }

  /** The session as the store now holds it, after this instance appended `added` at `version`. */
  #remember(sessionId: string, before: LoadedSession, added: readonly SessionEvent[], version: number): void {
    if (version !== before.version + added.length) {
      this.#loaded.forget(sessionId);
      return;
    }
    this.#loaded.set(sessionId, {
      meta: before.meta,
      events: [...before.events, ...asStored(added)],
      version,
    });
  }

  async #fire(nudge: Nudge): Promise<void> {
    // the nudge's turn is appended by the store's own transaction: the next turn reads afresh
    this.#loaded.forget(nudge.sessionId);
    let loaded: Awaited<ReturnType<SessionStore['load']>>;
    try {
      loaded = await this.store.load(nudge.sessionId);
    } catch (error) {
      if (isTinystepError(error) && error.code === 'not-found') {
        await this.store.cancelNudge(nudge.id, 'session gone');
        return;
      }
      throw error;
    }
    const buffer: SessionEvent[] = [];
    const timers = createCapturedTimers();
    const coach = await this.#coachFor(loaded.meta, loaded.events as SessionEvent[], timers, buffer);
    const fire = timers.firers.get(nudge.id);
    if (!fire) {
      // the log says it is no longer pending (cancelled, or its turn was never written)
      await this.store.cancelNudge(nudge.id, 'not pending in the session');
      return;
    }
    const messages: TherapistMessage[] = [];
    coach.onMessage((message) => messages.push(message));
    await fire();
    const firedAt = this.#clock.now();
    const fired = await this.store.fireNudge({ nudgeId: nudge.id, firedAt, events: buffer as StoredEvent[] });
    this.#loaded.forget(nudge.sessionId);
    if (!fired) return; // another instance said it, or it was cancelled meanwhile
    for (const message of messages) await this.bus.publish(nudge.sessionId, { ...message, nudge: true });
  }
}

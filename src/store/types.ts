import type { PushStore } from './push-store.ts';
/**
 * The store's contract. Events are opaque JSON to the store (the session module defines the real
 * event types); nudges are the scheduler's durable promises. Every implementation (memory, SQLite,
 * PostgreSQL) passes the one suite in store-contract.ts.
 */

/** One recorded event: `type` and `at` (ms since the clock's epoch) plus anything JSON. */
export type StoredEvent = { type: string; at: number; [key: string]: unknown };

export type SessionMeta = {
  id: string;
  createdAt: number;
  locale: string;
  seed: number;
  /** Hash of the server's per-session capability token; the token itself is never stored. */
  tokenHash?: string;
};

export type LoadedSession = {
  meta: SessionMeta;
  /** In append order; events[i] was written at version i + 1. */
  events: StoredEvent[];
  /** Number of events appended so far; pass it as `expectedVersion` to the next append. */
  version: number;
};

export type NudgeStatus = 'pending' | 'fired' | 'cancelled';

export type NudgeInput = {
  id: string;
  sessionId: string;
  /** When it should fire, ms since the clock's epoch. */
  dueAt: number;
  /** What to say (the coach words the full turn around it when it fires). */
  cue: string;
  /** "if I start fiddling": said with the cue; the store does not interpret it. */
  condition?: string;
  /** Free label for the coach ("check-in", "cue", …). */
  kind?: string;
};

export type Nudge = NudgeInput & {
  status: NudgeStatus;
  firedAt?: number;
  /** firedAt − dueAt (0 when on time or early); recorded with the claim. */
  lateMs?: number;
  cancelReason?: string;
};

export type FireNudgeInput = {
  nudgeId: string;
  /** clock.now() when it fires; lateness is computed from it. */
  firedAt: number;
  /** The therapist event(s) the nudge produces, appended to its session in the same transaction. */
  events: StoredEvent[];
};

export type FiredNudge = {
  nudgeId: string;
  sessionId: string;
  version: number;
  firedAt: number;
  lateMs: number;
};

export interface SessionStore {
  /** 'memory' | 'sqlite' | 'postgres' — for messages and benchmarks. */
  readonly kind: string;

  /**
   * Creates an empty session at version 0; a `conflict` error when the id exists.
   * @example await store.createSession({ id: 's1', createdAt: clock.now(), locale: 'en', seed: 7 });
   */
  createSession(meta: SessionMeta): Promise<void>;

  /**
   * Appends events if the session is still at `expectedVersion`, and returns the new version.
   * Throws TinystepError('conflict') when someone appended first (nothing is written), and
   * 'not-found' when the session does not exist.
   * @example const { version } = await store.load('s1');
   * const next = await store.append('s1', version, [{ type: 'client-said', at: clock.now(), text }]);
   */
  append(sessionId: string, expectedVersion: number, events: StoredEvent[]): Promise<number>;

  /** Meta, events and version; TinystepError('not-found') when absent. */
  load(sessionId: string): Promise<LoadedSession>;

  /** Every session's meta, oldest first. */
  list(): Promise<SessionMeta[]>;

  /** Erasure: the session's events, nudges and meta are gone. Returns false when it did not exist. */
  delete(sessionId: string): Promise<boolean>;

  /**
   * Records a pending nudge (the session must exist). Prefer `scheduler.schedule(...)`, which
   * also re-arms the timer.
   * @example await store.scheduleNudge({ id: 'n1', sessionId: 's1', dueAt: clock.now() + 30_000, cue: 'Open the file.' });
   */
  scheduleNudge(nudge: NudgeInput): Promise<void>;

  /** Pending → cancelled; returns false when it was not pending. */
  cancelNudge(nudgeId: string, reason?: string): Promise<boolean>;

  /** Cancels every pending nudge of a session (closed, crisis); returns how many. */
  cancelNudgesForSession(sessionId: string, reason: string): Promise<number>;

  /** Pending nudges, earliest first (of one session, or all). */
  pendingNudges(sessionId?: string): Promise<Nudge[]>;

  /** One nudge in any status, or undefined. */
  getNudge(nudgeId: string): Promise<Nudge | undefined>;

  /** Due time of the earliest pending nudge, or undefined when none is pending. */
  nextDueAt(): Promise<number | undefined>;

  /** Pending nudges with dueAt ≤ now, earliest first, at most `limit`. */
  dueNudges(now: number, limit: number): Promise<Nudge[]>;

  /**
   * The atomic fire: claims the nudge (pending → fired, with firedAt and lateness) and appends
   * `events` to its session in ONE transaction. Returns false, writing nothing, when the nudge was
   * already fired (another scheduler), cancelled or deleted. Compute the text first, then call this.
   * @example
   * const said = await store.fireNudge({ nudgeId: nudge.id, firedAt: clock.now(),
   *   events: [{ type: 'therapist-said', at: clock.now(), text, nudgeId: nudge.id }] });
   * if (said) emit(text); // only the winner speaks
   */
  fireNudge(input: FireNudgeInput): Promise<FiredNudge | false>;

  /** Web Push: VAPID keys and subscriptions (erased with their session by `delete`). */
  readonly push?: PushStore;

  /** Releases the database (idempotent). */
  close(): Promise<void>;
}

import { TinystepError } from '../spec/errors.ts';
import { conflictError, copyEvents, nudgeExists, sessionExists, sessionNotFound } from './errors.ts';
import { createMemoryPushStore } from './push-store.ts';
import type {
  FiredNudge,
  FireNudgeInput,
  LoadedSession,
  Nudge,
  NudgeInput,
  SessionMeta,
  SessionStore,
  StoredEvent,
} from './types.ts';

type SessionRecord = { meta: SessionMeta; events: StoredEvent[] };

function byDueAt(left: Nudge, right: Nudge): number {
  return left.dueAt - right.dueAt || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

/**
 * The in-memory store: for tests and simulations. Each method runs to completion before it
 * yields, so it is as atomic as the SQL stores; values are copied in and out like a database.
 * @example const store = createMemoryStore();
 */
export function createMemoryStore(): SessionStore {
  const sessions = new Map<string, SessionRecord>();
  const nudges = new Map<string, Nudge>();
  const push = createMemoryPushStore();
  let closed = false;

  const open = () => {
    if (closed)
      throw new TinystepError('storage', 'the memory store is closed', { hint: 'open a new store' });
  };
  const record = (sessionId: string): SessionRecord => {
    const found = sessions.get(sessionId);
    if (!found) throw sessionNotFound(sessionId);
    return found;
  };
  const pending = () => [...nudges.values()].filter((nudge) => nudge.status === 'pending');

  return {
    kind: 'memory',
    push,
    async createSession(meta) {
      open();
      if (sessions.has(meta.id)) throw sessionExists(meta.id);
      sessions.set(meta.id, { meta: { ...meta }, events: [] });
    },
    async append(sessionId, expectedVersion, events) {
      open();
      const found = record(sessionId);
      if (found.events.length !== expectedVersion) throw conflictError(sessionId, expectedVersion);
      found.events.push(...copyEvents(events));
      return found.events.length;
    },
    async load(sessionId): Promise<LoadedSession> {
      open();
      const found = record(sessionId);
      return { meta: { ...found.meta }, events: copyEvents(found.events), version: found.events.length };
    },
    async list() {
      open();
      return [...sessions.values()]
        .map((found) => ({ ...found.meta }))
        .sort((left, right) => left.createdAt - right.createdAt);
    },
    async delete(sessionId) {
      open();
      push.forgetSession(sessionId);
      for (const nudge of [...nudges.values()]) if (nudge.sessionId === sessionId) nudges.delete(nudge.id);
      return sessions.delete(sessionId);
    },
    async scheduleNudge(nudge: NudgeInput) {
      open();
      record(nudge.sessionId);
      if (nudges.has(nudge.id)) throw nudgeExists(nudge.id);
      nudges.set(nudge.id, { ...nudge, status: 'pending' });
    },
    async cancelNudge(nudgeId, reason) {
      open();
      const nudge = nudges.get(nudgeId);
      if (nudge?.status !== 'pending') return false;
      nudges.set(nudgeId, { ...nudge, status: 'cancelled', ...(reason ? { cancelReason: reason } : {}) });
      return true;
    },
    async cancelNudgesForSession(sessionId, reason) {
      open();
      let count = 0;
      for (const nudge of pending()) {
        if (nudge.sessionId !== sessionId) continue;
        nudges.set(nudge.id, { ...nudge, status: 'cancelled', cancelReason: reason });
        count++;
      }
      return count;
    },
    async pendingNudges(sessionId) {
      open();
      return pending()
        .filter((nudge) => sessionId === undefined || nudge.sessionId === sessionId)
        .sort(byDueAt)
        .map((nudge) => ({ ...nudge }));
    },
    async getNudge(nudgeId) {
      open();
      const nudge = nudges.get(nudgeId);
      return nudge ? { ...nudge } : undefined;
    },
    async nextDueAt() {
      open();
      let earliest: number | undefined;
      for (const nudge of pending())
        if (earliest === undefined || nudge.dueAt < earliest) earliest = nudge.dueAt;
      return earliest;
    },
    async dueNudges(now, limit) {
      open();
      return pending()
        .filter((nudge) => nudge.dueAt <= now)
        .sort(byDueAt)
        .slice(0, limit)
        .map((nudge) => ({ ...nudge }));
    },
    async fireNudge({ nudgeId, firedAt, events }: FireNudgeInput): Promise<FiredNudge | false> {
      open();
      const nudge = nudges.get(nudgeId);
      if (nudge?.status !== 'pending') return false;
      const found = record(nudge.sessionId);
      const lateMs = Math.max(0, firedAt - nudge.dueAt);
      nudges.set(nudgeId, { ...nudge, status: 'fired', firedAt, lateMs });
      found.events.push(...copyEvents(events));
      return { nudgeId, sessionId: nudge.sessionId, version: found.events.length, firedAt, lateMs };
    },
    async close() {
      closed = true;
    },
  };
}

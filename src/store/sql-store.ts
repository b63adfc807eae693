import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import { isTinystepError, type TinystepError } from '../spec/errors.ts';
import { conflictError, nudgeExists, sessionExists, sessionNotFound } from './errors.ts';
import { createFireGroup } from './fire-group.ts';
import { createSqlPushStore } from './push-store.ts';
import type { NudgesTable, SessionsTable, StoreDatabase } from './schema.ts';
import type { LoadedSession, Nudge, NudgeStatus, SessionMeta, SessionStore, StoredEvent } from './types.ts';

/** What differs between SQLite and PostgreSQL; everything else is the same kysely code. */
export type SqlDialectAdapter = {
  kind: 'sqlite' | 'postgres';
  isUniqueViolation(error: unknown): boolean;
  /** A driver error → a one-line TinystepError naming the database (never event text). */
  toStoreError(error: unknown, action: string): TinystepError;
  /** Runs after db.destroy(). */
  afterClose?(): Promise<void>;
};

// keeps each multi-row insert under SQLite's bound-parameter limit
const INSERT_CHUNK = 500;

// pg returns bigint as string; SQLite returns number
function toNumber(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? Number(value) : value;
}

function metaOf(row: Selectable<SessionsTable>): SessionMeta {
  const meta: SessionMeta = {
    id: row.id,
    createdAt: toNumber(row.created_at)!,
    locale: row.locale,
    seed: toNumber(row.seed)!,
  };
  if (row.token_hash !== null) meta.tokenHash = row.token_hash;
  return meta;
}

function nudgeFromRow(row: NudgesTable): Nudge {
  const nudge: Nudge = {
    id: row.id,
    sessionId: row.session_id,
    dueAt: toNumber(row.due_at)!,
    cue: row.cue,
    status: row.status as NudgeStatus,
  };
  if (row.condition !== null) nudge.condition = row.condition;
  if (row.kind !== null) nudge.kind = row.kind;
  if (row.fired_at !== null) nudge.firedAt = toNumber(row.fired_at);
  if (row.late_ms !== null) nudge.lateMs = toNumber(row.late_ms);
  if (row.cancel_reason !== null) nudge.cancelReason = row.cancel_reason;
  return nudge;
}

async function insertEvents(
  trx: Transaction<StoreDatabase>,
  sessionId: string,
  firstVersion: number,
  events: StoredEvent[],
) {
  const rows = events.map((event, index) => ({
    session_id: sessionId,
    version: firstVersion + index,
    type: event.type,
    at: event.at,
    body: JSON.stringify(event),
  }));
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await trx
      .insertInto('events')
      .values(rows.slice(start, start + INSERT_CHUNK))
      .execute();
  }
}

/**
 * The store over any kysely database that has run MIGRATIONS. Every write that must be atomic
 * starts with a conditional UPDATE, so SQLite takes its write lock at the first statement (no
 * read→write upgrade deadlock between processes) and PostgreSQL row-locks the session or nudge.
 */
export function createSqlStore(db: Kysely<StoreDatabase>, adapter: SqlDialectAdapter): SessionStore {
  let closed = false;
  const fireInGroup = createFireGroup(db, (error) =>
    isTinystepError(error) ? error : adapter.toStoreError(error, 'fire a nudge'),
  );
  const guard = async <T>(action: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (isTinystepError(error)) throw error;
      throw adapter.toStoreError(error, action);
    }
  };

  return {
    kind: adapter.kind,
    push: createSqlPushStore(db, guard),

    createSession: (meta) =>
      guard('create a session', async () => {
        try {
          await db
            .insertInto('sessions')
            .values({
              id: meta.id,
              created_at: meta.createdAt,
              locale: meta.locale,
              seed: meta.seed,
              token_hash: meta.tokenHash ?? null,
            })
            .execute();
        } catch (error) {
          if (adapter.isUniqueViolation(error)) throw sessionExists(meta.id);
          throw error;
        }
      }),

    append: (sessionId, expectedVersion, events) =>
      guard('append events', () =>
        db.transaction().execute(async (trx) => {
          const updated = await trx
            .updateTable('sessions')
            .set({ version: sql`version + ${events.length}` })
            .where('id', '=', sessionId)
            .where('version', '=', expectedVersion)
            .returning('version')
            .executeTakeFirst();
          if (!updated) {
            const exists = await trx
              .selectFrom('sessions')
              .select('id')
              .where('id', '=', sessionId)
              .executeTakeFirst();
            throw exists ? conflictError(sessionId, expectedVersion) : sessionNotFound(sessionId);
          }
          await insertEvents(trx, sessionId, expectedVersion + 1, events);
          return toNumber(updated.version)!;
        }),
      ),

    load: (sessionId) =>
      guard('load a session', async (): Promise<LoadedSession> => {
        const row = await db
          .selectFrom('sessions')
          .selectAll()
          .where('id', '=', sessionId)
          .executeTakeFirst();
        if (!row) throw sessionNotFound(sessionId);
        // one SELECT sees a consistent prefix of the log, so its length is the version
        const eventRows = await db
          .selectFrom('events')
          .select('body')
          .where('session_id', '=', sessionId)
          .orderBy('version')
          .execute();
        const meta = metaOf(row);
        const events = eventRows.map((eventRow) => JSON.parse(eventRow.body) as StoredEvent);
        return { meta, events, version: events.length };
      }),

    list: () =>
      guard('list sessions', async () => {
        const rows = await db
          .selectFrom('sessions')
          .selectAll()
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return rows.map(metaOf);
      }),

    delete: (sessionId) =>
      guard('delete a session', () =>
        db.transaction().execute(async (trx) => {
          // nudges first: the same lock order as fireNudge (nudge, then session)
          await trx.deleteFrom('nudges').where('session_id', '=', sessionId).execute();
          await trx.deleteFrom('push_subscriptions').where('session_id', '=', sessionId).execute();
          await trx.deleteFrom('events').where('session_id', '=', sessionId).execute();
          const deleted = await trx.deleteFrom('sessions').where('id', '=', sessionId).executeTakeFirst();
          return Number(deleted.numDeletedRows) > 0;
        }),
      ),

    scheduleNudge: (nudge) =>
      guard('schedule a nudge', async () => {
        const session = await db
          .selectFrom('sessions')
          .select('id')
          .where('id', '=', nudge.sessionId)
          .executeTakeFirst();
        if (!session) throw sessionNotFound(nudge.sessionId);
        try {
          await db
            .insertInto('nudges')
            .values({
              id: nudge.id,
              session_id: nudge.sessionId,
              due_at: nudge.dueAt,
              cue: nudge.cue,
              condition: nudge.condition ?? null,
              kind: nudge.kind ?? null,
              status: 'pending',
            })
            .execute();
        } catch (error) {
          if (adapter.isUniqueViolation(error)) throw nudgeExists(nudge.id);
          throw error;
        }
      }),

    cancelNudge: (nudgeId, reason) =>
      guard('cancel a nudge', async () => {
        const result = await db
          .updateTable('nudges')
          .set({ status: 'cancelled', cancel_reason: reason ?? null })
          .where('id', '=', nudgeId)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        return Number(result.numUpdatedRows) > 0;
      }),

    cancelNudgesForSession: (sessionId, reason) =>
      guard('cancel nudges', async () => {
        const result = await db
          .updateTable('nudges')
          .set({ status: 'cancelled', cancel_reason: reason })
          .where('session_id', '=', sessionId)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      }),

    pendingNudges: (sessionId) =>
      guard('read nudges', async () => {
        let query = db.selectFrom('nudges').selectAll().where('status', '=', 'pending');
        if (sessionId !== undefined) query = query.where('session_id', '=', sessionId);
        const rows = await query.orderBy('due_at').orderBy('id').execute();
        return rows.map(nudgeFromRow);
      }),

    getNudge: (nudgeId) =>
      guard('read a nudge', async () => {
        const row = await db.selectFrom('nudges').selectAll().where('id', '=', nudgeId).executeTakeFirst();
        return row ? nudgeFromRow(row) : undefined;
      }),

    nextDueAt: () =>
      guard('read nudges', async () => {
        const row = await db
          .selectFrom('nudges')
          .select('due_at')
          .where('status', '=', 'pending')
          .orderBy('due_at')
          .limit(1)
          .executeTakeFirst();
        return toNumber(row?.due_at);
      }),

    dueNudges: (now, limit) =>
      guard('read nudges', async () => {
        const rows = await db
          .selectFrom('nudges')
          .selectAll()
          .where('status', '=', 'pending')
          .where('due_at', '<=', now)
          .orderBy('due_at')
          .orderBy('id')
          .limit(limit)
          .execute();
        return rows.map(nudgeFromRow);
      }),

    fireNudge: (input) => fireInGroup(input),

    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      await adapter.afterClose?.();
    },
  };
}

import { type Kysely, type RawBuilder, sql } from 'kysely';
import { sessionNotFound } from './errors.ts';
import type { StoreDatabase } from './schema.ts';
import type { FiredNudge, FireNudgeInput, StoredEvent } from './types.ts';

type Request = {
  input: FireNudgeInput;
  resolve: (result: FiredNudge | false) => void;
  reject: (error: unknown) => void;
};

// one transaction commits at most this many fires
const MAX_GROUP = 200;

const toNumber = (value: number | string | null) =>
  typeof value === 'string' ? Number(value) : (value ?? 0);

/**
 * Group commit for the atomic fire: fireNudge calls made in the same event-loop turn share ONE
 * transaction. Each nudge is still claimed by its own conditional UPDATE and its turn is written
 * in the same transaction as the claim, so exactly-once holds; a failure fails the whole group and
 * writes none of it. Why: a commit costs ~0.3 ms on SQLite here, and 10,000 nudges due within
 * seconds need more than one commit per nudge to stay on time (docs/decisions/store.md).
 */
export function createFireGroup(db: Kysely<StoreDatabase>, mapError: (error: unknown) => unknown) {
  const waiting: Request[] = [];
  let flushScheduled = false;

  async function commit(group: Request[]): Promise<(FiredNudge | false)[]> {
    return db.transaction().execute(async (trx) => {
      // set-based: one claim, one version bump, one insert per group, whatever its size
      const firedAt = new Map(group.map((request) => [request.input.nudgeId, request.input.firedAt]));
      const whenId = (valueFor: (at: number) => RawBuilder<number>) =>
        sql<number>`case id ${sql.join(
          [...firedAt].map(([id, at]) => sql`when ${id} then ${valueFor(at)}`),
          sql` `,
        )} end`;
      const claimedRows = await trx
        .updateTable('nudges')
        .set({
          status: 'fired',
          fired_at: whenId((at) => sql<number>`cast(${at} as bigint)`),
          late_ms: whenId(
            (at) =>
              sql`case when cast(${at} as bigint) > due_at then cast(${at} as bigint) - due_at else 0 end`,
          ),
        })
        .where('id', 'in', [...firedAt.keys()])
        .where('status', '=', 'pending')
        .returning(['id', 'session_id', 'late_ms'])
        .execute();
      const claimedById = new Map(claimedRows.map((row) => [row.id, row]));
      const claims = new Map<Request, { sessionId: string; lateMs: number }>();
      const seen = new Set<string>();
      for (const request of group) {
        const row = claimedById.get(request.input.nudgeId);
        // the same nudge asked twice in one group: only the first call wins
        if (!row || seen.has(row.id)) continue;
        seen.add(row.id);
        claims.set(request, {
          sessionId: row.session_id,
          lateMs: toNumber(row.late_ms),
        });
      }
      const eventCounts = new Map<string, number>();
      for (const [request, claim] of claims)
        eventCounts.set(
          claim.sessionId,
          (eventCounts.get(claim.sessionId) ?? 0) + request.input.events.length,
        );
      const nextVersion = new Map<string, number>();
      if (eventCounts.size > 0) {
        const sessions = await trx
          .updateTable('sessions')
          .set({
            version: sql`version + case id ${sql.join(
              [...eventCounts].map(([id, count]) => sql`when ${id} then cast(${count} as integer)`),
              sql` `,
            )} end`,
          })
          .where('id', 'in', [...eventCounts.keys()])
          .returning(['id', 'version'])
          .execute();
        for (const session of sessions)
          nextVersion.set(session.id, toNumber(session.version) - eventCounts.get(session.id)! + 1);
        for (const sessionId of eventCounts.keys())
          if (!nextVersion.has(sessionId)) throw sessionNotFound(sessionId);
      }
      const rows: { session_id: string; version: number; type: string; at: number; body: string }[] = [];
      const results = group.map((request): FiredNudge | false => {
        const claim = claims.get(request);
        if (!claim) return false;
        let version = nextVersion.get(claim.sessionId)!;
        for (const event of request.input.events as StoredEvent[])
          rows.push({
            session_id: claim.sessionId,
            version: version++,
            type: event.type,
            at: event.at,
            body: JSON.stringify(event),
          });
        nextVersion.set(claim.sessionId, version);
        const { nudgeId, firedAt } = request.input;
        return { nudgeId, sessionId: claim.sessionId, version: version - 1, firedAt, lateMs: claim.lateMs };
      });
      for (let start = 0; start < rows.length; start += 500)
        await trx
          .insertInto('events')
          .values(rows.slice(start, start + 500))
          .execute();
      return results;
    });
  }

  async function flush(): Promise<void> {
    flushScheduled = false;
    const group = waiting.splice(0, MAX_GROUP);
    if (waiting.length > 0) scheduleFlush();
    try {
      const results = await commit(group);
      for (const [index, request] of group.entries()) request.resolve(results[index]);
    } catch (error) {
      const mapped = mapError(error);
      for (const request of group) request.reject(mapped);
    }
  }

  function scheduleFlush() {
    if (flushScheduled) return;
    flushScheduled = true;
    // setImmediate, not a microtask: fires computed concurrently arrive over several microtask turns
    setImmediate(() => void flush());
  }

  return (input: FireNudgeInput): Promise<FiredNudge | false> =>
    new Promise((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      scheduleFlush();
    });
}

import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

/**
 * The ONE migration list, shared by SQLite and PostgreSQL: only types both understand (text,
 * integer, bigint). Append new migrations; never edit a released one. Names sort in run order.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-sessions-events-nudges': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .addColumn('locale', 'text', (column) => column.notNull())
        .addColumn('seed', 'bigint', (column) => column.notNull())
        .addColumn('token_hash', 'text')
        .addColumn('version', 'integer', (column) => column.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('events')
        .addColumn('session_id', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('type', 'text', (column) => column.notNull())
        .addColumn('at', 'bigint', (column) => column.notNull())
        .addColumn('body', 'text', (column) => column.notNull())
        .addPrimaryKeyConstraint('events_pk', ['session_id', 'version'])
        .execute();
      await db.schema
        .createTable('nudges')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('session_id', 'text', (column) => column.notNull())
        .addColumn('due_at', 'bigint', (column) => column.notNull())
        .addColumn('cue', 'text', (column) => column.notNull())
        .addColumn('condition', 'text')
        .addColumn('kind', 'text')
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('fired_at', 'bigint')
        .addColumn('late_ms', 'bigint')
        .addColumn('cancel_reason', 'text')
        .execute();
      // the scheduler's two questions: what is due next, and what does this session still owe
      await db.schema.createIndex('nudges_status_due').on('nudges').columns(['status', 'due_at']).execute();
      await db.schema.createIndex('nudges_session').on('nudges').column('session_id').execute();
    },
  },
  // Web Push: the server's VAPID keys, and each session's browser subscriptions
  '0002-settings-push-subscriptions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('value', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('push_subscriptions')
        .addColumn('endpoint', 'text', (column) => column.primaryKey())
        .addColumn('session_id', 'text', (column) => column.notNull())
        .addColumn('body', 'text', (column) => column.notNull())
        .addColumn('created_at', 'bigint', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('push_subscriptions_session')
        .on('push_subscriptions')
        .column('session_id')
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export type MigrationReport = { applied: string[]; alreadyApplied: string[] };

/** Runs every pending migration; throws the migration's error (callers map it to a storage error). */
export async function runMigrations(
  db: Kysely<unknown>,
  options: { schema?: string } = {},
): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const before = await migrator.getMigrations();
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  const failed = results?.find((result) => result.status === 'Error');
  if (failed) throw new Error(`migration ${failed.migrationName} failed`);
  return {
    applied: (results ?? [])
      .filter((result) => result.status === 'Success')
      .map((result) => result.migrationName),
    alreadyApplied: before.filter((migration) => migration.executedAt).map((migration) => migration.name),
  };
}

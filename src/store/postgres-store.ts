import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { TinystepError } from '../spec/errors.ts';
import { type MigrationReport, runMigrations } from './migrations.ts';
import type { StoreDatabase } from './schema.ts';
import { createSqlStore } from './sql-store.ts';
import type { SessionStore } from './types.ts';

export type PostgresStoreOptions = {
  /** postgres://user@host:5432/database */
  url: string;
  /** Schema holding the tables (created if absent); default 'public'. Tests use one per run. */
  schema?: string;
  /** Pool size; default 10. */
  maxConnections?: number;
};

export type PostgresStore = SessionStore & {
  readonly schema: string;
  readonly migrations: MigrationReport;
  /** Drops the schema and everything in it, then closes (tests). */
  dropSchemaAndClose(): Promise<void>;
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Where the URL names a host, without the password. */
function describe(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.host}${parsed.pathname}`;
  } catch {
    return 'the PostgreSQL URL';
  }
}

function postgresCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
]);
// node-postgres reports a dropped connection by message only, without a code
const LOST_CONNECTION =
  /connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|client was closed/i;

/**
 * The server went away or is restarting: connection exceptions (class 08), admin/crash shutdown
 * and "starting up" (57P01–57P03), socket errors, and pg's own dropped-connection messages.
 */
export function isConnectionLoss(error: unknown): boolean {
  const code = postgresCode(error);
  if (NETWORK_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code))
    return true;
  return !code && error instanceof Error && LOST_CONNECTION.test(error.message);
}

function postgresStoreError(error: unknown, action: string, where: string): TinystepError {
  const code = postgresCode(error);
  const options = { cause: error };
  if (code === '53100')
    return new TinystepError(
      'storage',
      `cannot ${action}: ${where} is out of disk space; nothing was written`,
      {
        ...options,
        hint: 'free disk space on the database server',
      },
    );
  if (code === '25006' || code === '42501')
    return new TinystepError('storage', `cannot ${action}: ${where} is read-only or not permitted`, {
      ...options,
      hint: 'connect as a user that may write the schema',
    });
  if (code === '40001' || code === '40P01')
    return new TinystepError('conflict', `cannot ${action}: a concurrent write on ${where} won`, {
      ...options,
      hint: 'retry',
    });
  if (isConnectionLoss(error))
    return new TinystepError(
      'unavailable',
      `cannot ${action}: ${where} is unreachable (${code || 'connection lost'})`,
      {
        ...options,
        hint: 'check that PostgreSQL is running and the URL is right; acknowledged writes are safe',
      },
    );
  const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new TinystepError('storage', `cannot ${action} on ${where}: ${code || first}`, {
    ...options,
    hint: 'rerun with --debug for details',
  });
}

/**
 * kysely's Migrator finds its own table by listing the tables of every schema; a schema that another
 * client drops during that listing fails it with 3F000 (invalid schema name) although ours is fine
 * (seen in CI: a test dropping its schema while another migrated). The listing is retried, twice.
 */
async function migrateRetryingOthersDrops(db: Kysely<unknown>, schema: string): Promise<MigrationReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runMigrations(db, { schema });
    } catch (error) {
      if (attempt >= 3 || postgresCode(error) !== '3F000') throw error;
    }
  }
}

/**
 * Opens the PostgreSQL store (a pg Pool) and runs pending migrations in `schema`.
 * @example const store = await openPostgresStore({ url: process.env.TINYSTEP_PG_URL!, schema: 'tinystep' });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema))
    throw new TinystepError('config', `invalid PostgreSQL schema name '${schema}'`, {
      hint: 'use lowercase letters, digits and underscores',
    });
  const where = describe(options.url);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    // a server that does not answer fails the request rather than hanging it
    connectionTimeoutMillis: 5_000,
    // every connection resolves unqualified table names in our schema
    options: `-c search_path=${schema}`,
  });
  // an idle client losing its server must not crash the process; the next query reconnects
  pool.on('error', () => {});
  // nor one checked out between statements (pg-pool listens only while idle): its query fails
  // instead, as 'unavailable', and the pool discards the broken client when it is released
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  let migrations: MigrationReport;
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    migrations = await migrateRetryingOthersDrops(db as Kysely<unknown>, schema);
  } catch (error) {
    await db.destroy();
    throw postgresStoreError(error, 'migrate the database', where);
  }
  const store = createSqlStore(db, {
    kind: 'postgres',
    isUniqueViolation: (error) => postgresCode(error) === '23505',
    toStoreError: (error, action) => postgresStoreError(error, action, where),
  });
  return Object.assign(store, {
    schema,
    migrations,
    async dropSchemaAndClose() {
      // a separate client: the store's pool is closed after
      const client = new pg.Client({ connectionString: options.url });
      await store.close();
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  });
}

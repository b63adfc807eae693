import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  type DatabaseConnection,
  type Driver,
  Kysely,
  type SqliteDatabase,
  SqliteDialect,
  SqliteDriver,
} from 'kysely';
import { isTinystepError, TinystepError } from '../spec/errors.ts';
import { type FileLock, fileLockFor } from './file-lock.ts';
import { type MigrationReport, runMigrations } from './migrations.ts';
import { STORE_TABLES, type StoreDatabase } from './schema.ts';
import { createSqlStore } from './sql-store.ts';
import {
  foreignDatabaseError,
  isSqliteUniqueViolation,
  sqliteCode,
  sqliteStoreError,
} from './sqlite-errors.ts';
import type { SessionStore } from './types.ts';

export const DEFAULT_DB_PATH = './data/tinystep.db';

/** 'tiny' in PRAGMA application_id marks our files, so a foreign SQLite file is refused, not altered. */
const APPLICATION_ID = 0x74696e79;
const OWN_TABLES = new Set<string>([...STORE_TABLES, 'kysely_migration', 'kysely_migration_lock']);
const SQLITE_HEADER = 'SQLite format 3\u0000';

export type SqliteStoreOptions = {
  /** File path (folder created on first use); default ./data/tinystep.db. */
  path?: string;
  /** WAL + NORMAL (default) can lose the last commits on power loss but never corrupts; FULL fsyncs every commit. */
  synchronous?: 'NORMAL' | 'FULL';
  /** Caps the file at this many pages (a quota; tests use it to hit a real SQLITE_FULL). */
  maxPageCount?: number;
};

export type SqliteStore = SessionStore & { readonly path: string; readonly migrations: MigrationReport };

const STATEMENT_CACHE_LIMIT = 256;

/**
 * kysely prepares every query anew; preparing costs about as much as running a small one, and a
 * store runs the same few dozen statements all day, so prepared statements are kept by their SQL.
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** kysely's SQLite driver with the per-file lock (file-lock.ts) and a rollback that cannot hide the real error. */
class TinystepSqliteDriver extends SqliteDriver {
  readonly #database: Database.Database;
  readonly #lock: FileLock;
  constructor(database: Database.Database, path: string) {
    super({ database: withStatementCache(database) });
    this.#database = database;
    this.#lock = fileLockFor(path);
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock.lock();
    return super.acquireConnection();
  }
  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    this.#lock.unlock();
  }
  // after SQLITE_FULL or an I/O error SQLite may already have rolled back; a second
  // ROLLBACK would throw "no transaction is active" and replace the real error
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#database.inTransaction) await super.rollbackTransaction(connection);
  }
}

class TinystepSqliteDialect extends SqliteDialect {
  readonly #database: Database.Database;
  readonly #path: string;
  constructor(database: Database.Database, path: string) {
    super({ database });
    this.#database = database;
    this.#path = path;
  }
  override createDriver(): Driver {
    return new TinystepSqliteDriver(this.#database, this.#path);
  }
}

function prepareFolder(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new TinystepError('storage', `cannot create the folder for the database ${path}`, {
      cause: error,
      hint: 'a part of the path is a file or not writable; pass --db with another path',
    });
  }
}

/** Refuses a non-SQLite file before SQLite touches it, so nothing of it is changed. */
function checkHeader(path: string): void {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw foreignDatabaseError(path, 'it is not a regular file');
    size = stats.size;
  } catch (error) {
    if (isTinystepError(error)) throw error;
    return; // absent: created on open
  }
  if (size === 0) return;
  const header = Buffer.alloc(16);
  const descriptor = openSync(path, 'r');
  try {
    readSync(descriptor, header, 0, 16, 0);
  } finally {
    closeSync(descriptor);
  }
  if (header.toString('latin1') !== SQLITE_HEADER)
    throw foreignDatabaseError(path, 'not an SQLite file, or corrupt');
}

function claimOrCheckOwnership(database: Database.Database, path: string): void {
  const applicationId = database.pragma('application_id', { simple: true }) as number;
  const tables = (
    database
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      .all() as {
      name: string;
    }[]
  ).map((row) => row.name);
  if (applicationId !== 0 && applicationId !== APPLICATION_ID)
    throw foreignDatabaseError(path, "another program's SQLite file");
  const foreign = tables.filter((name) => !OWN_TABLES.has(name));
  if (foreign.length > 0) throw foreignDatabaseError(path, `it has other tables, e.g. ${foreign[0]}`);
  if (applicationId === 0) database.pragma(`application_id = ${APPLICATION_ID}`);
}

// two processes opening one fresh file race on the migration; the loser retries once the winner commits
async function migrateWithRetry(db: Kysely<StoreDatabase>): Promise<MigrationReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runMigrations(db as Kysely<unknown>);
    } catch (error) {
      if (attempt >= 5 || !sqliteCode(error).startsWith('SQLITE_BUSY')) throw error;
      await new Promise((done) => setTimeout(done, 50 * attempt));
    }
  }
}

/**
 * Opens (creating if needed) the SQLite store and runs pending migrations.
 * @example const store = await openSqliteStore({ path: './data/tinystep.db' });
 */
export async function openSqliteStore(options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const path = resolve(options.path ?? DEFAULT_DB_PATH);
  const synchronous = options.synchronous ?? 'NORMAL';
  prepareFolder(path);
  checkHeader(path);
  let database: Database.Database | undefined;
  try {
    database = new Database(path);
    database.pragma('busy_timeout = 5000');
    // before WAL: switching the journal mode rewrites the header of a foreign file
    claimOrCheckOwnership(database, path);
    database.pragma('journal_mode = WAL');
    database.pragma(`synchronous = ${synchronous}`);
    // erased sessions are overwritten with zeros, not left in free pages
    database.pragma('secure_delete = ON');
    if (options.maxPageCount) database.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
  } catch (error) {
    database?.close();
    if (isTinystepError(error)) throw error;
    throw sqliteStoreError(error, 'open the database', path);
  }
  const db = new Kysely<StoreDatabase>({ dialect: new TinystepSqliteDialect(database, path) });
  let migrations: MigrationReport;
  try {
    migrations = await migrateWithRetry(db);
  } catch (error) {
    await db.destroy();
    throw sqliteStoreError(error, 'migrate the database', path);
  }
  const store = createSqlStore(db, {
    kind: 'sqlite',
    isUniqueViolation: isSqliteUniqueViolation,
    toStoreError: (error, action) => sqliteStoreError(error, action, path),
  });
  const sqlite = database;
  const lock = fileLockFor(path);
  const deleteRows = store.delete.bind(store);
  // erasure: secure_delete zeroes the freed pages in the file, but the WAL still holds the old page
  // images until a checkpoint; a TRUNCATE checkpoint copies the zeroed pages back and empties it
  store.delete = async (sessionId) => {
    const deleted = await deleteRows(sessionId);
    await lock.lock();
    try {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      throw sqliteStoreError(error, 'checkpoint the WAL after an erasure', path);
    } finally {
      lock.unlock();
    }
    return deleted;
  };
  return Object.assign(store, { path, migrations });
}

export { createMemoryStore } from './memory-store.ts';
export { MIGRATIONS, type MigrationReport, runMigrations } from './migrations.ts';
export { type OpenStoreOptions, openStore } from './open-store.ts';
export { openPostgresStore, type PostgresStore, type PostgresStoreOptions } from './postgres-store.ts';
export {
  DEFAULT_DB_PATH,
  openSqliteStore,
  type SqliteStore,
  type SqliteStoreOptions,
} from './sqlite-store.ts';
export type * from './types.ts';

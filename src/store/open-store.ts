import { TinystepError } from '../spec/errors.ts';
import { openPostgresStore } from './postgres-store.ts';
import { DEFAULT_DB_PATH, openSqliteStore } from './sqlite-store.ts';
import type { SessionStore } from './types.ts';

export type OpenStoreOptions = {
  /** SQLite file (default ./data/tinystep.db when `pg` is not given). */
  db?: string;
  /** PostgreSQL URL; takes the place of `db`. */
  pg?: string;
  /** PostgreSQL schema (default 'public'). */
  schema?: string;
};

/**
 * The one way the CLI and server open a store: SQLite by default, PostgreSQL with `pg`.
 * @example const store = await openStore({ db: options.db }); // ./data/tinystep.db when undefined
 * @example const store = await openStore({ pg: process.env.TINYSTEP_PG_URL });
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<SessionStore> {
  if (options.db && options.pg)
    throw new TinystepError('usage', 'both --db and --pg were given', {
      hint: 'choose one store: a SQLite file or a PostgreSQL URL',
    });
  if (options.pg) return openPostgresStore({ url: options.pg, schema: options.schema });
  return openSqliteStore({ path: options.db ?? DEFAULT_DB_PATH });
}

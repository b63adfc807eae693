import { TinystepError } from '../spec/errors.ts';

/** better-sqlite3's SqliteError carries a code like 'SQLITE_FULL' or 'SQLITE_IOERR_WRITE'. */
export function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function isSqliteUniqueViolation(error: unknown): boolean {
  return sqliteCode(error).startsWith('SQLITE_CONSTRAINT');
}

const MOVE_HINT =
  'pass --db with another file, or move this one away (keep it if it holds sessions you need)';

/** One line naming the file and what went wrong; the transaction was rolled back, so nothing was half-written. */
export function sqliteStoreError(error: unknown, action: string, path: string): TinystepError {
  const code = sqliteCode(error);
  const options = { cause: error };
  if (code === 'SQLITE_FULL')
    return new TinystepError(
      'storage',
      `cannot ${action}: the database ${path} is full (disk or size limit); nothing was written`,
      {
        ...options,
        hint: 'free disk space, or pass --db with a file on another disk',
      },
    );
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH')
    return new TinystepError('storage', `cannot ${action}: the database ${path} is read-only`, {
      ...options,
      hint: 'check the file and folder permissions, or pass --db with a writable path',
    });
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new TinystepError('storage', `cannot open the database ${path}`, {
      ...options,
      hint: 'check that the folder exists and is writable, or pass --db with another path',
    });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new TinystepError('storage', `the database ${path} is corrupt or not a tinystep database`, {
      ...options,
      hint: MOVE_HINT,
    });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new TinystepError(
      'unavailable',
      `cannot ${action}: the database ${path} is locked by another process`,
      {
        ...options,
        hint: 'retry in a moment; if it persists, stop the other tinystep using this file',
      },
    );
  if (code.startsWith('SQLITE_IOERR'))
    return new TinystepError(
      'storage',
      `cannot ${action}: input/output error on the database ${path} (${code})`,
      {
        ...options,
        hint: 'check the disk; nothing was written by this call',
      },
    );
  const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new TinystepError('storage', `cannot ${action} in the database ${path}: ${code || first}`, {
    ...options,
    hint: 'rerun with --debug for details',
  });
}

export function foreignDatabaseError(path: string, why: string): TinystepError {
  return new TinystepError('storage', `the file ${path} is not a tinystep database (${why})`, {
    hint: MOVE_HINT,
  });
}

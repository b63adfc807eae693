import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { isTinystepError, type TinystepError } from '../spec/errors.ts';
import { MIGRATIONS } from './migrations.ts';
import { openSqliteStore } from './sqlite-store.ts';

const folder = mkdtempSync(join(tmpdir(), 'tinystep-failures-'));
after(() => rmSync(folder, { recursive: true, force: true }));

async function storageError(promise: Promise<unknown>): Promise<TinystepError> {
  const error = await promise.then(
    () => assert.fail('expected a storage error'),
    (caught: unknown) => caught,
  );
  assert.ok(isTinystepError(error), `expected a TinystepError, got ${String(error)}`);
  assert.equal(error.code, 'storage');
  assert.ok(!error.message.includes('\n'), 'one line');
  assert.ok(error.hint, 'with a hint');
  return error;
}

test('creates the folder and the file on first use, and reopens without re-migrating', async () => {
  const path = join(folder, 'fresh', 'deeper', 'tinystep.db');
  const first = await openSqliteStore({ path });
  assert.deepEqual(first.migrations.applied, Object.keys(MIGRATIONS));
  await first.createSession({ id: 's1', createdAt: 1, locale: 'en', seed: 1 });
  await first.close();
  const second = await openSqliteStore({ path });
  assert.deepEqual(second.migrations.applied, []);
  assert.deepEqual(second.migrations.alreadyApplied, Object.keys(MIGRATIONS));
  assert.equal((await second.load('s1')).version, 0);
  await second.close();
});

test('a file of random bytes is refused with a clear error and left untouched', async () => {
  const path = join(folder, 'garbage.db');
  const bytes = randomBytes(8192);
  writeFileSync(path, bytes);
  const error = await storageError(openSqliteStore({ path }));
  assert.match(error.message, /not a tinystep database/);
  assert.deepEqual(readFileSync(path), bytes);
  assert.equal(existsSync(`${path}-wal`), false);
});

test("another program's SQLite database is refused and left unchanged", async () => {
  const path = join(folder, 'foreign.db');
  const foreign = new Database(path);
  foreign.exec("create table contacts (name text); insert into contacts values ('Ada')");
  foreign.close();
  const before = readFileSync(path);
  const error = await storageError(openSqliteStore({ path }));
  assert.match(error.message, /other tables/);
  assert.deepEqual(readFileSync(path), before);
});

test('a tinystep database corrupted on disk gives a storage error, not a crash', async () => {
  const path = join(folder, 'corrupted.db');
  const store = await openSqliteStore({ path });
  await store.createSession({ id: 's1', createdAt: 1, locale: 'en', seed: 1 });
  await store.append(
    's1',
    0,
    Array.from({ length: 500 }, (_, index) => ({ type: 'client-said', at: index, text: 'x'.repeat(200) })),
  );
  await store.close();
  const bytes = readFileSync(path);
  randomBytes(bytes.length - 4096).copy(bytes, 4096);
  writeFileSync(path, bytes);
  const error = await storageError(openSqliteStore({ path }).then((reopened) => reopened.load('s1')));
  assert.match(error.message, /corrupt|not a tinystep database/);
});

test('a path whose parent is a regular file gives a storage error', async () => {
  const blocker = join(folder, 'a-file');
  writeFileSync(blocker, 'not a folder');
  const error = await storageError(openSqliteStore({ path: join(blocker, 'tinystep.db') }));
  assert.match(error.message, /cannot create the folder/);
});

test('a folder given as the database path gives a storage error', async () => {
  await storageError(openSqliteStore({ path: folder }));
});

test('a full database rejects the append whole: no partial write, earlier turns intact', async () => {
  const path = join(folder, 'full.db');
  // a real SQLITE_FULL: the file may not grow past a few pages
  // (the schema itself takes 15 pages since migration 0002; the rest fills with events)
  const store = await openSqliteStore({ path, maxPageCount: 24 });
  await store.createSession({ id: 's1', createdAt: 1, locale: 'en', seed: 1 });
  await store.scheduleNudge({ id: 'n1', sessionId: 's1', dueAt: 10, cue: 'Go.' });
  let version = 0;
  let failure: unknown;
  for (let attempt = 0; attempt < 200 && !failure; attempt++) {
    const batch = Array.from({ length: 5 }, (_, index) => ({
      type: 'client-said',
      at: index,
      text: 'ü'.repeat(300),
    }));
    try {
      version = await store.append('s1', version, batch);
    } catch (error) {
      failure = error;
    }
  }
  assert.ok(failure, 'the size limit was reached');
  assert.ok(isTinystepError(failure) && failure.code === 'storage', String(failure));
  assert.match(failure.message, /full/);
  assert.ok(!failure.message.includes('ü'), 'no event text in the message');
  const loaded = await store.load('s1');
  assert.equal(loaded.version, version, 'every acknowledged append, nothing of the failed one');
  assert.equal(loaded.events.length, version);
  await assert.rejects(
    store.fireNudge({
      nudgeId: 'n1',
      firedAt: 20,
      events: [{ type: 'therapist-said', at: 20, text: 'ü'.repeat(9000) }],
    }),
    (error: unknown) => isTinystepError(error) && error.code === 'storage',
  );
  assert.equal((await store.getNudge('n1'))?.status, 'pending', 'a failed fire leaves the nudge pending');
  await store.close();
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCliInProcess } from '../testing/run-cli-in-process.ts';

const folder = mkdtempSync(join(tmpdir(), 'tinystep-migrate-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const migrate = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCliInProcess(['migrate', ...args], { env, cwd: folder });

test('migrate creates the default SQLite database, then reports it up to date', async () => {
  const first = await migrate([]);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /applied 0001-sessions-events-nudges/);
  assert.match(first.out, /applied 0002-settings-push-subscriptions/);
  assert.match(first.out, /data\/tinystep\.db: 2 migration\(s\) applied/);
  const second = await migrate([]);
  assert.match(second.out, /up to date/);
});

test('migrate refuses a file that is not a tinystep database, exit code 2', async () => {
  writeFileSync(join(folder, 'notes.db'), 'shopping list: milk, eggs');
  const result = await migrate(['--db', 'notes.db']);
  assert.equal(result.code, 2);
  assert.match(result.err, /is not a tinystep database/);
  assert.match(result.err, /hint:/);
});

test('migrate takes --db or --pg, not both', async () => {
  const result = await migrate(['--db', 'x.db', '--pg', 'postgres://127.0.0.1/x']);
  assert.equal(result.code, 2);
  assert.match(result.err, /not both/);
});

test('migrate --pg creates the tables in the given schema', {
  skip: process.env.TINYSTEP_PG_URL ? false : 'TINYSTEP_PG_URL is not set',
}, async () => {
  const url = process.env.TINYSTEP_PG_URL!;
  const schema = `tinystep_migrate_${process.pid}`;
  const pg = (await import('pg')).default;
  try {
    const result = await migrate(['--pg', url, '--schema', schema]);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, new RegExp(`schema ${schema}: 2 migration\\(s\\) applied`));
  } finally {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
});

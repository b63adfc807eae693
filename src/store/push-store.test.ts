import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMemoryStore } from './memory-store.ts';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { SessionStore } from './types.ts';

const pgUrl = process.env.TINYSTEP_PG_URL;
const subscription = (name: string) => ({
  endpoint: `https://push.example/${name}`,
  keys: { p256dh: `key-${name}`, auth: `auth-${name}` },
});

async function checkPushStore(store: SessionStore): Promise<void> {
  const push = store.push;
  assert.ok(push, 'the store keeps push data');
  assert.equal(await push.getSetting('vapid'), undefined);
  assert.equal(await push.putSettingOnce('vapid', 'first'), 'first');
  assert.equal(await push.putSettingOnce('vapid', 'second'), 'first', 'the first writer wins');
  await store.createSession({ id: 'a', createdAt: 1, locale: 'en', seed: 1 });
  await store.createSession({ id: 'b', createdAt: 1, locale: 'en', seed: 1 });
  await push.saveSubscription('a', subscription('one'), 1);
  await push.saveSubscription('a', subscription('two'), 2);
  await push.saveSubscription('b', subscription('three'), 3);
  assert.deepEqual((await push.subscriptions('a')).map((item) => item.endpoint).sort(), [
    'https://push.example/one',
    'https://push.example/two',
  ]);
  await push.saveSubscription('b', subscription('two'), 4); // the browser moved to session b
  assert.deepEqual(
    (await push.subscriptions('a')).map((item) => item.endpoint),
    ['https://push.example/one'],
  );
  await push.deleteSubscription('https://push.example/one');
  assert.deepEqual(await push.subscriptions('a'), []);
  await store.delete('b');
  assert.deepEqual(await push.subscriptions('b'), [], 'erasure takes the subscriptions with it');
}

test('push data in memory: settings first-writer-wins, subscriptions per session, erased with it', async () => {
  await checkPushStore(createMemoryStore());
});

test('push data in SQLite: the same', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'tinystep-push-'));
  const store = await openSqliteStore({ path: join(folder, 'push.db') });
  try {
    await checkPushStore(store);
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('push data in PostgreSQL: the same', {
  skip: pgUrl ? undefined : 'TINYSTEP_PG_URL is not set',
}, async () => {
  const store = await openPostgresStore({
    url: pgUrl!,
    schema: `tinystep_push_${randomBytes(6).toString('hex')}`,
  });
  try {
    await checkPushStore(store);
  } finally {
    await store.dropSchemaAndClose();
  }
});

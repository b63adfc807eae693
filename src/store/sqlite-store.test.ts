import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './sqlite-store.ts';
import { runStoreContract } from './store-contract.ts';
import type { SessionStore } from './types.ts';

runStoreContract('sqlite store', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'tinystep-store-'));
  const path = join(folder, 'nested', 'sessions.db');
  const opened: SessionStore[] = [await openSqliteStore({ path })];
  return {
    store: opened[0],
    openTwin: async () => {
      const twin = await openSqliteStore({ path });
      opened.push(twin);
      return twin;
    },
    dispose: async () => {
      for (const store of opened) await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
});

import type { SessionEvent } from '../session/events.ts';
import type { SessionStore, StoredEvent } from '../store/types.ts';
import type { SessionLog } from './persistence.ts';

/**
 * A SessionLog over the store: each batch is appended at the version the last one left, so a
 * second writer on the same session gets the store's `conflict` error instead of interleaving.
 */
export function createStoreLog(store: SessionStore, sessionId: string, version: number): SessionLog {
  let current = version;
  return {
    async append(events: readonly SessionEvent[]) {
      if (events.length === 0) return;
      current = await store.append(sessionId, current, events as unknown as StoredEvent[]);
    },
  };
}

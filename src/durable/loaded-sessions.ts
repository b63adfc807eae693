import type { LoadedSession } from '../store/types.ts';

/**
 * The sessions this instance read or wrote last, as the store holds them (meta, events, version),
 * so a turn does not read the whole log back from the database each time. Safe with several
 * instances: a turn worked out on a copy another instance has moved past fails its append at the
 * old version (a conflict) and is retried from a fresh load. Bounded: the least recently used go.
 */
export class LoadedSessions {
  readonly #entries = new Map<string, LoadedSession>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = Math.max(0, Math.floor(limit));
  }

  get(sessionId: string): LoadedSession | undefined {
    const entry = this.#entries.get(sessionId);
    if (entry) {
      this.#entries.delete(sessionId);
      this.#entries.set(sessionId, entry);
    }
    return entry;
  }

  set(sessionId: string, loaded: LoadedSession): void {
    if (this.#limit === 0) return;
    this.#entries.delete(sessionId);
    this.#entries.set(sessionId, loaded);
    if (this.#entries.size > this.#limit) this.#entries.delete(this.#entries.keys().next().value as string);
  }

  forget(sessionId: string): void {
    this.#entries.delete(sessionId);
  }

  get size(): number {
    return this.#entries.size;
  }
}

import type { TherapistMessage } from '../coach/types.ts';

export type BusListener = (message: TherapistMessage) => void;

/**
 * Delivers a session's therapist messages to its open streams. The local bus serves one process;
 * a PostgreSQL bus (LISTEN/NOTIFY) fans out across instances with the same interface.
 */
export interface MessageBus {
  publish(sessionId: string, message: TherapistMessage): Promise<void>;
  subscribe(sessionId: string, listener: BusListener): () => void;
  /** Called when another instance changed nudges (re-read the next due time). */
  onNudgesChanged?(listener: () => void): void;
  nudgesChanged?(): Promise<void>;
  close(): Promise<void>;
}

export function createLocalBus(): MessageBus {
  const listeners = new Map<string, Set<BusListener>>();
  return {
    async publish(sessionId, message) {
      for (const listener of listeners.get(sessionId) ?? []) listener(message);
    },
    subscribe(sessionId, listener) {
      const set = listeners.get(sessionId) ?? new Set<BusListener>();
      listeners.set(sessionId, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(sessionId);
      };
    },
    async close() {
      listeners.clear();
    },
  };
}

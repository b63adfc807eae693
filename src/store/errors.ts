import { TinystepError } from '../spec/errors.ts';

// messages name ids and paths only: events carry session text, which never goes into an error

export function conflictError(sessionId: string, expectedVersion: number): TinystepError {
  return new TinystepError('conflict', `session ${sessionId} changed since version ${expectedVersion}`, {
    hint: 'load the session again and retry the append on the new version',
  });
}

export function sessionNotFound(sessionId: string): TinystepError {
  return new TinystepError('not-found', `no session ${sessionId} in the store`, {
    hint: "list sessions with the store's list() (or start a new one)",
  });
}

export function sessionExists(sessionId: string): TinystepError {
  return new TinystepError('conflict', `session ${sessionId} already exists`, {
    hint: 'use a fresh session id',
  });
}

export function nudgeExists(nudgeId: string): TinystepError {
  return new TinystepError('conflict', `nudge ${nudgeId} already exists`, { hint: 'use a fresh nudge id' });
}

/** A stable copy of events, so a caller mutating its objects later cannot change the record. */
export function copyEvents<T>(events: T[]): T[] {
  return events.map((event) => JSON.parse(JSON.stringify(event)) as T);
}

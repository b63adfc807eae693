import type { Generated } from 'kysely';

// pg returns bigint columns as strings; rows are read through toNumber in sql-store.ts
type BigIntColumn = number | string;

export type SessionsTable = {
  id: string;
  created_at: BigIntColumn;
  locale: string;
  seed: BigIntColumn;
  token_hash: string | null;
  version: Generated<number>;
};

export type EventsTable = {
  session_id: string;
  version: number;
  type: string;
  at: BigIntColumn;
  /** The whole event as JSON text: text (not jsonb) so it round-trips byte for byte. */
  body: string;
};

export type NudgesTable = {
  id: string;
  session_id: string;
  due_at: BigIntColumn;
  cue: string;
  condition: string | null;
  kind: string | null;
  status: string;
  fired_at: BigIntColumn | null;
  late_ms: BigIntColumn | null;
  cancel_reason: string | null;
};

export type StoreDatabase = {
  sessions: SessionsTable;
  events: EventsTable;
  nudges: NudgesTable;
};

export const STORE_TABLES = ['sessions', 'events', 'nudges'] as const;

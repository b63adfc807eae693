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

/** Server-wide values kept once for every instance (the Web Push VAPID keys). */
export type SettingsTable = { key: string; value: string };

/** A browser's Web Push subscription for a session; erased with the session. */
export type PushSubscriptionsTable = {
  endpoint: string;
  session_id: string;
  /** The PushSubscription's JSON ({endpoint, keys: {p256dh, auth}}). */
  body: string;
  created_at: BigIntColumn;
};

export type StoreDatabase = {
  sessions: SessionsTable;
  events: EventsTable;
  nudges: NudgesTable;
  settings: SettingsTable;
  push_subscriptions: PushSubscriptionsTable;
};

export const STORE_TABLES = ['sessions', 'events', 'nudges', 'settings', 'push_subscriptions'] as const;

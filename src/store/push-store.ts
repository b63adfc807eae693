import type { Kysely } from 'kysely';
import type { StoreDatabase } from './schema.ts';

/** A browser's Web Push subscription for one session (the PushSubscription's JSON). */
export type PushSubscriptionRecord = {
  endpoint: string;
  keys: { p256dh: string; auth: string };
};

/**
 * What Web Push needs from the store: the server's VAPID keys (made once, shared by every
 * instance) and each session's subscriptions, erased with the session.
 */
export interface PushStore {
  /** The value under `key`, or undefined. */
  getSetting(key: string): Promise<string | undefined>;
  /** Stores `value` unless `key` has one already; returns the value that is stored now (first writer wins). */
  putSettingOnce(key: string, value: string): Promise<string>;
  /** Adds or renews a subscription (the same endpoint moved to another session is moved). */
  saveSubscription(sessionId: string, subscription: PushSubscriptionRecord, at: number): Promise<void>;
  subscriptions(sessionId: string): Promise<PushSubscriptionRecord[]>;
  /** The push service said the endpoint is gone (404/410). */
  deleteSubscription(endpoint: string): Promise<void>;
}

export function createSqlPushStore(
  db: Kysely<StoreDatabase>,
  guard: <T>(action: string, work: () => Promise<T>) => Promise<T>,
): PushStore {
  const read = async (key: string) =>
    (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
  return {
    getSetting: (key) => guard('read a setting', () => read(key)),
    putSettingOnce: (key, value) =>
      guard('store a setting', async () => {
        await db
          .insertInto('settings')
          .values({ key, value })
          .onConflict((conflict) => conflict.column('key').doNothing())
          .execute();
        return (await read(key)) ?? value;
      }),
    saveSubscription: (sessionId, subscription, at) =>
      guard('store a push subscription', async () => {
        const row = {
          endpoint: subscription.endpoint,
          session_id: sessionId,
          body: JSON.stringify(subscription),
          created_at: at,
        };
        await db
          .insertInto('push_subscriptions')
          .values(row)
          .onConflict((conflict) =>
            conflict
              .column('endpoint')
              .doUpdateSet({ session_id: sessionId, body: row.body, created_at: at }),
          )
          .execute();
      }),
    subscriptions: (sessionId) =>
      guard('read push subscriptions', async () => {
        const rows = await db
          .selectFrom('push_subscriptions')
          .select('body')
          .where('session_id', '=', sessionId)
          .execute();
        return rows.map((row) => JSON.parse(row.body) as PushSubscriptionRecord);
      }),
    deleteSubscription: (endpoint) =>
      guard('delete a push subscription', async () => {
        await db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint).execute();
      }),
  };
}

/** The same in memory (tests, `chat` without --db). */
export function createMemoryPushStore(): PushStore & { forgetSession(sessionId: string): void } {
  const settings = new Map<string, string>();
  const subscriptions = new Map<string, { sessionId: string; subscription: PushSubscriptionRecord }>();
  return {
    getSetting: async (key) => settings.get(key),
    async putSettingOnce(key, value) {
      if (!settings.has(key)) settings.set(key, value);
      return settings.get(key) ?? value;
    },
    async saveSubscription(sessionId, subscription) {
      subscriptions.set(subscription.endpoint, { sessionId, subscription });
    },
    subscriptions: async (sessionId) =>
      [...subscriptions.values()]
        .filter((item) => item.sessionId === sessionId)
        .map((item) => item.subscription),
    async deleteSubscription(endpoint) {
      subscriptions.delete(endpoint);
    },
    forgetSession(sessionId) {
      for (const [endpoint, item] of subscriptions)
        if (item.sessionId === sessionId) subscriptions.delete(endpoint);
    },
  };
}

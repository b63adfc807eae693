import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { z } from 'zod';
import type { TherapistMessage } from '../coach/types.ts';
import { TinystepError } from '../spec/errors.ts';
import type { SessionStore } from '../store/types.ts';
import { type BusListener, createLocalBus, type MessageBus } from './message-bus.ts';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more (the default build). */
const NOTIFY_PAYLOAD_LIMIT = 7_900;
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export type PostgresBusOptions = {
  /** postgres://user@host:5432/database — the store's URL. */
  url: string;
  /** The store's schema: instances on one schema share a channel, other schemas stay apart. */
  schema?: string;
  /** Where a listener reads a message too large for a notification (by session and position). */
  store: Pick<SessionStore, 'load'>;
  /** How often to poke the schedulers anyway, in case a notification was lost; default 30 s. */
  safetyPollMs?: number;
  /** Longest wait between reconnection attempts; default 5 s. */
  maxBackoffMs?: number;
  /** Connection trouble and unreadable notifications; one line, never session text. */
  onError?: (error: unknown) => void;
};

export type PostgresBus = MessageBus & {
  /** Tags this instance's notifications, so it skips its own echoes. */
  readonly instanceId: string;
  readonly channel: string;
  /** The listening connection's application_name in pg_stat_activity. */
  readonly applicationName: string;
  /** Resolves once the listening connection is up (again); for tests. */
  connected(): Promise<void>;
};

const Message = z.object({
  role: z.literal('therapist'),
  text: z.string(),
  at: z.number(),
  nudge: z.boolean(),
  realizer: z.enum(['template', 'llm']).optional(),
  fallbackReason: z.string().optional(),
});

const Notification = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), origin: z.string(), sessionId: z.string(), message: Message }),
  // too large to travel: the listener reads events[position − 1] of the session from the store
  z.object({
    kind: z.literal('message-at'),
    origin: z.string(),
    sessionId: z.string(),
    position: z.number().int().positive(),
  }),
  z.object({ kind: z.literal('nudges-changed'), origin: z.string() }),
]);
type Notification = z.infer<typeof Notification>;

/** One channel per schema; names over PostgreSQL's 63-byte limit are hashed. */
export function channelFor(schema: string): string {
  const plain = `tinystep_${schema}`;
  const channel =
    plain.length <= 63 ? plain : `tinystep_${createHash('sha256').update(schema).digest('hex').slice(0, 32)}`;
  if (!CHANNEL_NAME.test(channel))
    throw new Error(`cannot derive a notification channel from schema '${schema}'`);
  return channel;
}

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return typeof code === 'string' ? `${first} (${code})` : first;
}

/**
 * A MessageBus across instances: LISTEN/NOTIFY on one dedicated connection (not the store's pool).
 * A message is delivered to this instance's streams directly and notified to the others, tagged
 * with this instance's id so the echo is skipped: every open stream gets it exactly once. The
 * connection comes back by itself (with backoff) after PostgreSQL restarts; since notifications
 * sent meanwhile are gone, the schedulers are poked on reconnection and every `safetyPollMs`.
 * @example
 * const bus = await createPostgresBus({ url, schema: 'public', store });
 * const hub = new SessionHub({ store, clock, bus });
 */
export async function createPostgresBus(options: PostgresBusOptions): Promise<PostgresBus> {
  const instanceId = randomUUID();
  const channel = channelFor(options.schema ?? 'public');
  const applicationName = `tinystep-listen-${instanceId.slice(0, 8)}`;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;
  const onError =
    options.onError ?? ((error: unknown) => process.stderr.write(`tinystep bus: ${describeError(error)}\n`));
  const local = createLocalBus();
  const nudgeListeners = new Set<() => void>();
  const subscribed = new Map<string, number>();

  let closed = false;
  let client: pg.Client | undefined;
  let ready: Promise<void>;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let attempt = 0;
  // notifications are handled in arrival order, even when one has to be read from the store
  let delivery: Promise<void> = Promise.resolve();

  const pokeSchedulers = () => {
    for (const listener of nudgeListeners) listener();
  };

  async function deliverRemote(notification: Notification): Promise<void> {
    if (notification.origin === instanceId) return;
    if (notification.kind === 'nudges-changed') return pokeSchedulers();
    if (!subscribed.has(notification.sessionId)) return;
    if (notification.kind === 'message') {
      await local.publish(notification.sessionId, notification.message);
      return;
    }
    const loaded = await options.store.load(notification.sessionId);
    const event = loaded.events[notification.position - 1];
    if (event?.type !== 'therapist-said') return;
    await local.publish(notification.sessionId, {
      role: 'therapist',
      text: String(event.text),
      at: event.at,
      nudge: event.nudge === true,
      ...(event.realizer === 'llm' || event.realizer === 'template' ? { realizer: event.realizer } : {}),
    });
  }

  const onNotification = (notification: pg.Notification) => {
    if (notification.channel !== channel || !notification.payload) return;
    let parsed: Notification;
    try {
      const result = Notification.safeParse(JSON.parse(notification.payload));
      if (!result.success) return onError(new Error('ignored a notification of unknown shape'));
      parsed = result.data;
    } catch {
      return onError(new Error('ignored a notification that is not JSON'));
    }
    delivery = delivery.then(() => deliverRemote(parsed)).catch(onError);
  };

  const scheduleReconnect = () => {
    if (closed || reconnectTimer) return;
    attempt += 1;
    // exponential with jitter, so instances do not all knock at once after a restart
    const delay = Math.min(maxBackoffMs, 100 * 2 ** Math.min(attempt, 10)) * (0.5 + Math.random() / 2);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      ready = connect().catch(() => undefined);
    }, delay);
    reconnectTimer.unref();
  };

  async function connect(): Promise<void> {
    const next = new pg.Client({
      connectionString: options.url,
      connectionTimeoutMillis: 5_000,
      // named, so an operator (or a test) can find the listening connection in pg_stat_activity
      application_name: applicationName,
    });
    let lost = false;
    const onLost = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (client === next) client = undefined;
      next.removeAllListeners('notification');
      next.end().catch(() => {});
      if (!closed) {
        onError(new Error(`lost the notification connection, reconnecting: ${describeError(error)}`));
        scheduleReconnect();
      }
    };
    next.on('error', onLost);
    next.on('end', () => onLost(new Error('connection ended')));
    next.on('notification', onNotification);
    try {
      await next.connect();
      await next.query(`listen "${channel}"`);
    } catch (error) {
      onLost(error);
      throw error;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    const wasReconnect = attempt > 0;
    attempt = 0;
    // whatever was notified while we were away is lost: re-read the next due nudge now
    if (wasReconnect) pokeSchedulers();
  }

  // one query at a time on the connection (pg 8 deprecates queueing on one client)
  let sending: Promise<unknown> = Promise.resolve();
  function notify(notification: Notification): Promise<void> {
    const sent = sending.then(async () => {
      const current = client;
      if (!current) throw new Error('the notification connection is down (reconnecting)');
      await current.query('select pg_notify($1, $2)', [channel, JSON.stringify(notification)]);
    });
    sending = sent.catch(() => {});
    return sent;
  }

  /** The position of a stored therapist message, for one too large to notify. */
  async function positionOf(sessionId: string, message: TherapistMessage): Promise<number | undefined> {
    const { events } = await options.store.load(sessionId);
    for (let index = events.length - 1; index >= 0; index--) {
      const event = events[index];
      if (event.type === 'therapist-said' && event.at === message.at && event.text === message.text)
        return index + 1;
    }
    return undefined;
  }

  ready = connect();
  try {
    await ready;
  } catch (error) {
    closed = true;
    if (reconnectTimer) clearTimeout(reconnectTimer);
    throw new TinystepError(
      'unavailable',
      `cannot listen for notifications on PostgreSQL: ${describeError(error)}`,
      { cause: error, hint: 'check that PostgreSQL is running and the URL is right' },
    );
  }
  const safetyPoll = setInterval(pokeSchedulers, options.safetyPollMs ?? 30_000);
  safetyPoll.unref();

  return {
    instanceId,
    channel,
    applicationName,
    connected: async () => {
      while (!closed && !client) {
        await ready;
        if (!client) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async publish(sessionId, message) {
      // this instance's streams hear it now; the others through the notification
      await local.publish(sessionId, message);
      try {
        const whole: Notification = { kind: 'message', origin: instanceId, sessionId, message };
        if (byteLength(JSON.stringify(whole)) <= NOTIFY_PAYLOAD_LIMIT) return await notify(whole);
        const position = await positionOf(sessionId, message);
        if (position === undefined) throw new Error(`session ${sessionId}: the large message is not stored`);
        await notify({ kind: 'message-at', origin: instanceId, sessionId, position });
      } catch (error) {
        // the message is stored and was answered; only streams on other instances miss it live
        onError(new Error(`could not notify other instances: ${describeError(error)}`));
      }
    },
    subscribe(sessionId, listener: BusListener) {
      subscribed.set(sessionId, (subscribed.get(sessionId) ?? 0) + 1);
      const unsubscribe = local.subscribe(sessionId, listener);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        unsubscribe();
        const count = (subscribed.get(sessionId) ?? 1) - 1;
        if (count <= 0) subscribed.delete(sessionId);
        else subscribed.set(sessionId, count);
      };
    },
    onNudgesChanged(listener) {
      nudgeListeners.add(listener);
    },
    async nudgesChanged() {
      try {
        await notify({ kind: 'nudges-changed', origin: instanceId });
      } catch (error) {
        // the nudge is stored: the safety poll or a reconnection finds it
        onError(new Error(`could not wake other instances: ${describeError(error)}`));
      }
    },
    async close() {
      closed = true;
      clearInterval(safetyPoll);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      const current = client;
      client = undefined;
      await Promise.all([delivery.catch(() => {}), sending]);
      if (current) await current.end().catch(() => {});
      nudgeListeners.clear();
      subscribed.clear();
      await local.close();
    },
  };
}

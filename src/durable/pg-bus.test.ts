import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { TherapistMessage } from '../coach/types.ts';
import { openPostgresStore, type PostgresStore } from '../store/postgres-store.ts';
import { channelFor, createPostgresBus, type PostgresBus } from './pg-bus.ts';

const url = process.env.TINYSTEP_PG_URL;
const skip = url ? undefined : 'TINYSTEP_PG_URL is not set';

const said = (text: string, at = 1_000, nudge = false): TherapistMessage => ({
  role: 'therapist',
  text,
  at,
  nudge,
});

/** Polls until `check` holds, for at most `withinMs`; the bus delivers asynchronously. */
async function eventually(check: () => boolean, withinMs = 5_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('postgres message bus', { skip }, () => {
  let store: PostgresStore;
  let busA: PostgresBus;
  let busB: PostgresBus;
  const schema = `tinystep_test_${randomBytes(6).toString('hex')}`;

  before(async () => {
    store = await openPostgresStore({ url: url!, schema });
    busA = await createPostgresBus({ url: url!, schema, store, onError: () => {} });
    busB = await createPostgresBus({ url: url!, schema, store, onError: () => {} });
  });

  after(async () => {
    await busA?.close();
    await busB?.close();
    await store?.dropSchemaAndClose();
  });

  test('a message published on one instance reaches the streams of both, each exactly once', async () => {
    const onA: TherapistMessage[] = [];
    const onB: TherapistMessage[] = [];
    const stopA = busA.subscribe('s-fanout', (message) => onA.push(message));
    const stopB = busB.subscribe('s-fanout', (message) => onB.push(message));
    await busA.publish('s-fanout', said('Open the file.'));
    await eventually(() => onB.length >= 1);
    await pause(200); // room for a duplicate (an echo) to arrive, were there one
    assert.deepEqual(
      onA.map((message) => message.text),
      ['Open the file.'],
    );
    assert.deepEqual(onB, [said('Open the file.')]);
    stopA();
    stopB();
  });

  test('streams of other sessions and other schemas hear nothing', async () => {
    const otherSchema = `${schema}_other`;
    const busOther = await createPostgresBus({ url: url!, schema: otherSchema, store, onError: () => {} });
    const heard: TherapistMessage[] = [];
    const stopOther = busOther.subscribe('s-private', (message) => heard.push(message));
    const stopB = busB.subscribe('s-elsewhere', (message) => heard.push(message));
    await busA.publish('s-private', said('Only for this schema.'));
    await pause(300);
    assert.equal(heard.length, 0);
    assert.notEqual(busOther.channel, busA.channel);
    stopOther();
    stopB();
    await busOther.close();
  });

  test('a message over the 8000-byte notification limit is read from the store by position', async () => {
    const sessionId = 's-large';
    await store.createSession({ id: sessionId, createdAt: 0, locale: 'en-US', seed: 1 });
    const text = `${'Breathe out slowly and notice your shoulders. '.repeat(400)}`.trim();
    assert.ok(Buffer.byteLength(text) > 8_000);
    await store.append(sessionId, 0, [
      { type: 'client-said', at: 10, text: 'hello' },
      { type: 'therapist-said', at: 20, text, sentences: [], moves: [], source: 'coach' },
    ]);
    const onB: TherapistMessage[] = [];
    const stop = busB.subscribe(sessionId, (message) => onB.push(message));
    await busA.publish(sessionId, said(text, 20));
    await eventually(() => onB.length >= 1);
    await pause(100);
    assert.equal(onB.length, 1);
    assert.equal(onB[0].text, text);
    assert.equal(onB[0].at, 20);
    stop();
  });

  test('nudgesChanged wakes the schedulers of the other instances, not its own', async () => {
    let pokesA = 0;
    let pokesB = 0;
    busA.onNudgesChanged?.(() => pokesA++);
    busB.onNudgesChanged?.(() => pokesB++);
    await busA.nudgesChanged?.();
    await eventually(() => pokesB >= 1);
    await pause(100);
    assert.equal(pokesB, 1);
    assert.equal(pokesA, 0);
  });

  test('the listening connection comes back after it is killed, and pokes its scheduler', async () => {
    const bus = await createPostgresBus({ url: url!, schema, store, onError: () => {}, maxBackoffMs: 200 });
    let pokes = 0;
    bus.onNudgesChanged?.(() => pokes++);
    const heard: TherapistMessage[] = [];
    const stop = bus.subscribe('s-reconnect', (message) => heard.push(message));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const killed = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
        [bus.applicationName],
      );
      assert.equal(killed.rowCount, 1);
      // a lost connection is noticed, then re-established and LISTENing again
      await eventually(() => pokes >= 1);
      assert.ok(pokes >= 1, 'the scheduler is poked after reconnecting');
      await bus.connected();
      const listening = await admin.query(
        'select count(*)::int as n from pg_stat_activity where application_name = $1',
        [bus.applicationName],
      );
      assert.equal(listening.rows[0].n, 1);
    } finally {
      await admin.end();
    }
    await busA.publish('s-reconnect', said('Still here.'));
    await eventually(() => heard.length >= 1);
    assert.deepEqual(
      heard.map((message) => message.text),
      ['Still here.'],
    );
    stop();
    await bus.close();
  });
});

test('channel names stay within the 63-byte identifier limit', () => {
  assert.equal(channelFor('public'), 'tinystep_public');
  const long = channelFor('a'.repeat(63));
  assert.ok(long.length <= 63);
  assert.notEqual(long, channelFor(`${'a'.repeat(62)}b`));
});

import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { VirtualClock } from '../clock/virtual-clock.ts';
import type { TherapistMessage } from '../coach/types.ts';
import { advanceWithScheduler } from '../scheduler/drive-virtual-clock.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { SessionHub } from './session-hub.ts';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'tinystep-hub-')), 'hub.db');

/** Two instances on one database file, on one virtual clock. */
async function twoHubs() {
  const path = tempDb();
  const clock = new VirtualClock(0);
  const storeA = await openSqliteStore({ path });
  const storeB = await openSqliteStore({ path });
  return {
    clock,
    storeA,
    storeB,
    hubA: new SessionHub({ store: storeA, clock }),
    hubB: new SessionHub({ store: storeB, clock }),
  };
}

test('a nudge asked for in 30 seconds fires once, 30 seconds later, and is in the store', async () => {
  const clock = new VirtualClock(1_000_000);
  const store = await openSqliteStore({ path: tempDb() });
  const hub = new SessionHub({ store, clock });
  await hub.start();
  const { id, messages } = await hub.create({ seed: 3 });
  assert.equal(messages.length, 1);
  const heard: TherapistMessage[] = [];
  hub.subscribe(id, (message) => heard.push(message));
  const turn = await hub.send(id, 'Can you nudge me in 30 seconds?');
  assert.equal(turn.nudges.length, 1);
  assert.equal(turn.nudges[0].dueAt, 1_000_000 + 30_000);
  assert.deepEqual(
    (await store.pendingNudges(id)).map((nudge) => nudge.id),
    [turn.nudges[0].id],
  );
  await advanceWithScheduler(clock, hub.scheduler, 29_000);
  assert.equal(heard.filter((message) => message.nudge).length, 0);
  await advanceWithScheduler(clock, hub.scheduler, 2_000);
  const nudges = heard.filter((message) => message.nudge);
  assert.equal(nudges.length, 1);
  assert.equal(nudges[0].at, 1_030_000);
  const loaded = await store.load(id);
  assert.equal(loaded.events.filter((event) => event.type === 'therapist-said' && event.nudge).length, 1);
  assert.equal((await store.pendingNudges(id)).length, 0);
  await hub.stop();
  await store.close();
});

test('two hubs on one database file say a due nudge exactly once', async () => {
  const { clock, storeA, storeB, hubA, hubB } = await twoHubs();
  const { id } = await hubA.create({ seed: 5 });
  await hubA.send(id, 'remind me in a minute please');
  await hubA.start();
  await hubB.start();
  await hubB.scheduler.poke();
  const heard: TherapistMessage[] = [];
  hubA.subscribe(id, (message) => heard.push(message));
  hubB.subscribe(id, (message) => heard.push(message));
  clock.advance(61_000);
  await Promise.all([hubA.scheduler.poke(), hubB.scheduler.poke()]);
  await Promise.all([hubA.scheduler.idle(), hubB.scheduler.idle()]);
  const saidNudges = (await storeA.load(id)).events.filter(
    (event) => event.type === 'therapist-said' && event.nudge,
  );
  assert.equal(saidNudges.length, 1);
  assert.equal(heard.length, 1);
  await hubA.stop();
  await hubB.stop();
  await storeA.close();
  await storeB.close();
});

test('a session resumed from the store continues without repeating and keeps its nudges', async () => {
  const path = tempDb();
  const clock = new VirtualClock(0);
  const first = new SessionHub({ store: await openSqliteStore({ path }), clock });
  const { id } = await first.create({ seed: 9 });
  await first.send(id, 'I need to answer one email but I keep putting it off');
  const turn = await first.send(id, 'nudge me in 2 minutes');
  await first.stop();
  await first.store.close();

  const second = new SessionHub({ store: await openSqliteStore({ path }), clock });
  assert.deepEqual(
    (await second.pendingNudges(id)).map((nudge) => nudge.id),
    turn.nudges.map((nudge) => nudge.id),
  );
  await second.start();
  const heard: TherapistMessage[] = [];
  second.subscribe(id, (message) => heard.push(message));
  await advanceWithScheduler(clock, second.scheduler, 121_000);
  assert.equal(heard.filter((message) => message.nudge).length, 1);
  const view = await second.view(id);
  const sentences = view
    .events()
    .flatMap((event) => (event.type === 'therapist-said' ? event.sentences : []))
    .map((sentence) => sentence.toLowerCase().replace(/[^a-z0-9 ]/g, ''));
  assert.equal(new Set(sentences).size, sentences.length, 'no sentence repeated');
  await second.stop();
  await second.store.close();
});

test('erasure removes the session and its pending nudges', async () => {
  const clock = new VirtualClock(0);
  const hub = new SessionHub({ store: await openSqliteStore({ path: tempDb() }), clock });
  const { id } = await hub.create();
  await hub.send(id, 'nudge me in 30 seconds');
  assert.equal(await hub.delete(id), true);
  await assert.rejects(hub.store.load(id), /not found|no session/i);
  assert.equal((await hub.store.pendingNudges()).length, 0);
  await hub.stop();
  await hub.store.close();
});

test('turns taken in turn on two hubs over one database see each other (a stale copy in memory is retried)', async () => {
  const { clock, storeA, storeB, hubA, hubB } = await twoHubs();
  const { id } = await hubA.create({ seed: 9 });
  await hubA.send(id, 'I have to write the report and keep avoiding it');
  clock.advance(5_000);
  // hub B moves the session on; hub A still holds the log as it wrote it
  await hubB.send(id, 'ok, I opened the file');
  clock.advance(5_000);
  const third = await hubA.send(id, 'done');
  const loaded = await storeA.load(id);
  const clientLines = loaded.events.flatMap((event) => (event.type === 'client-said' ? [event.text] : []));
  assert.deepEqual(clientLines, [
    'I have to write the report and keep avoiding it',
    'ok, I opened the file',
    'done',
  ]);
  assert.equal(loaded.version, loaded.events.length);
  // hub A's reply was worked out from the whole log, hub B's turn included
  assert.deepEqual(third.state, (await hubB.view(id)).state());
  await storeA.close();
  await storeB.close();
});

test('with the in-memory copy or without it, a session gives the same turns and the same log', async () => {
  const run = async (cachedSessions: number) => {
    const clock = new VirtualClock(0);
    const store = await openSqliteStore({ path: tempDb() });
    const hub = new SessionHub({ store, clock, cachedSessions });
    const { id, messages } = await hub.create({ id: 'same', seed: 4 });
    const said = messages.map((message) => message.text);
    for (const text of [
      'the tax forms, I keep putting them off',
      'maybe a 7',
      'smaller please',
      'done',
      'next?',
    ]) {
      clock.advance(7_000);
      said.push(...(await hub.send(id, text)).messages.map((message) => message.text));
    }
    const events = (await store.load(id)).events;
    await store.close();
    return { said, events };
  };
  const cached = await run(100);
  const uncached = await run(0);
  assert.deepEqual(cached.said, uncached.said);
  assert.deepEqual(cached.events, uncached.events);
});

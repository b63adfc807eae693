import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { VirtualClock } from '../clock/virtual-clock.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { FiredNudge, SessionStore } from '../store/types.ts';
import { advanceWithScheduler } from './drive-virtual-clock.ts';
import { createScheduler, type SchedulerOptions } from './scheduler.ts';
import { createCueFirer } from './testing/cue-firer.ts';

async function setup(store: SessionStore = createMemoryStore(), extra: Partial<SchedulerOptions> = {}) {
  const clock = new VirtualClock(1_000_000);
  await store.createSession({ id: 's1', createdAt: clock.now(), locale: 'en', seed: 1 }).catch(() => {});
  const fired: FiredNudge[] = [];
  const scheduler = createScheduler({
    store,
    clock,
    fire: createCueFirer(store, clock, (one) => fired.push(one)),
    ...extra,
  });
  return { store, clock, fired, scheduler };
}

test('fires a nudge at its due time, not before, with no lateness', async () => {
  const { clock, fired, scheduler } = await setup();
  await scheduler.start();
  await scheduler.schedule({ id: 'n1', sessionId: 's1', dueAt: clock.now() + 30_000, cue: 'Open the file.' });
  await advanceWithScheduler(clock, scheduler, 29_999);
  assert.equal(fired.length, 0);
  await advanceWithScheduler(clock, scheduler, 1);
  assert.deepEqual(
    fired.map((one) => [one.nudgeId, one.lateMs]),
    [['n1', 0]],
  );
});

test('arms one timer for many nudges, and re-arms earlier for an earlier one', async () => {
  const { clock, scheduler } = await setup();
  await scheduler.start();
  for (let index = 0; index < 50; index++)
    await scheduler.schedule({
      id: `n${index}`,
      sessionId: 's1',
      dueAt: clock.now() + 10_000 + index,
      cue: 'Go.',
    });
  await scheduler.idle();
  assert.equal(clock.pendingTimers, 1);
  assert.equal(scheduler.armedFor, clock.now() + 10_000);
  await scheduler.schedule({ id: 'early', sessionId: 's1', dueAt: clock.now() + 500, cue: 'Go.' });
  await scheduler.idle();
  assert.equal(clock.pendingTimers, 1);
  assert.equal(scheduler.armedFor, clock.now() + 500);
});

test('a cancelled nudge does not fire and its timer goes', async () => {
  const { clock, fired, scheduler } = await setup();
  await scheduler.start();
  await scheduler.schedule({ id: 'n1', sessionId: 's1', dueAt: clock.now() + 1_000, cue: 'Go.' });
  await scheduler.idle();
  assert.equal(await scheduler.cancel('n1', 'client finished first'), true);
  await scheduler.idle();
  assert.equal(clock.pendingTimers, 0);
  await advanceWithScheduler(clock, scheduler, 5_000);
  assert.equal(fired.length, 0);
});

test("cancelling a session's nudges (close, crisis) stops all of them", async () => {
  const { clock, fired, scheduler, store } = await setup();
  await scheduler.start();
  for (const id of ['a', 'b', 'c'])
    await scheduler.schedule({ id, sessionId: 's1', dueAt: clock.now() + 1_000, cue: 'Go.' });
  assert.equal(await scheduler.cancelForSession('s1', 'crisis'), 3);
  await advanceWithScheduler(clock, scheduler, 5_000);
  assert.equal(fired.length, 0);
  assert.equal((await store.getNudge('b'))?.cancelReason, 'crisis');
});

test('on start, nudges that came due while it was down fire at once, marked late', async () => {
  const { clock, fired, scheduler, store } = await setup();
  await store.scheduleNudge({ id: 'missed', sessionId: 's1', dueAt: clock.now() - 4_000, cue: 'Go.' });
  await store.scheduleNudge({ id: 'later', sessionId: 's1', dueAt: clock.now() + 4_000, cue: 'Go.' });
  await scheduler.start();
  assert.deepEqual(
    fired.map((one) => [one.nudgeId, one.lateMs]),
    [['missed', 4_000]],
  );
  const event = (await store.load('s1')).events[0];
  assert.equal(event.lateMs, 4_000);
  assert.equal(scheduler.armedFor, clock.now() + 4_000);
});

test('two schedulers on one store fire each nudge exactly once', async () => {
  const store = createMemoryStore();
  const first = await setup(store);
  const clock = first.clock;
  const secondFired: FiredNudge[] = [];
  const second = createScheduler({
    store,
    clock,
    fire: createCueFirer(store, clock, (one) => secondFired.push(one)),
  });
  for (let index = 0; index < 30; index++)
    await store.scheduleNudge({
      id: `n${index}`,
      sessionId: 's1',
      dueAt: clock.now() + 100 * (index % 3),
      cue: 'Go.',
    });
  await Promise.all([first.scheduler.start(), second.start()]);
  clock.advance(1_000);
  await Promise.all([first.scheduler.idle(), second.idle()]);
  assert.equal(first.fired.length + secondFired.length, 30);
  assert.equal(new Set([...first.fired, ...secondFired].map((one) => one.nudgeId)).size, 30);
  assert.equal((await store.load('s1')).version, 30);
});

test('two schedulers on two connections to one SQLite file fire each nudge exactly once', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'tinystep-scheduler-'));
  const path = join(folder, 'tinystep.db');
  const storeA = await openSqliteStore({ path });
  const storeB = await openSqliteStore({ path });
  try {
    const a = await setup(storeA);
    const fromB: FiredNudge[] = [];
    const schedulerB = createScheduler({
      store: storeB,
      clock: a.clock,
      fire: createCueFirer(storeB, a.clock, (one) => fromB.push(one)),
    });
    for (let index = 0; index < 40; index++)
      await storeA.scheduleNudge({
        id: `n${index}`,
        sessionId: 's1',
        dueAt: a.clock.now() + 10 * index,
        cue: 'Go.',
      });
    await Promise.all([a.scheduler.start(), schedulerB.start()]);
    a.clock.advance(1_000);
    await Promise.all([a.scheduler.idle(), schedulerB.idle()]);
    await Promise.all([a.scheduler.idle(), schedulerB.idle()]);
    assert.equal(a.fired.length + fromB.length, 40);
    const { events } = await storeB.load('s1');
    assert.equal(new Set(events.map((event) => event.nudgeId)).size, 40);
    assert.equal(events.length, 40);
  } finally {
    await storeA.close();
    await storeB.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a failing fire is retried after the retry delay, without a busy loop', async () => {
  let calls = 0;
  const store = createMemoryStore();
  const clock = new VirtualClock(0);
  await store.createSession({ id: 's1', createdAt: 0, locale: 'en', seed: 1 });
  const errors: unknown[] = [];
  const working = createCueFirer(store, clock);
  const scheduler = createScheduler({
    store,
    clock,
    retryDelayMs: 500,
    onError: (error) => errors.push(error),
    fire: async (nudge, context) => {
      calls++;
      if (calls === 1) throw new Error('realizer failed');
      return working(nudge, context);
    },
  });
  await store.scheduleNudge({ id: 'n1', sessionId: 's1', dueAt: 100, cue: 'Go.' });
  await store.scheduleNudge({ id: 'n2', sessionId: 's1', dueAt: 300, cue: 'Go.' });
  await scheduler.start();
  await advanceWithScheduler(clock, scheduler, 100);
  assert.equal(calls, 1);
  assert.equal(errors.length, 1);
  await advanceWithScheduler(clock, scheduler, 200);
  assert.equal((await store.getNudge('n2'))?.status, 'fired', 'a stuck nudge does not delay the others');
  await advanceWithScheduler(clock, scheduler, 300);
  assert.equal((await store.getNudge('n1'))?.status, 'fired');
  assert.equal(calls, 3);
});

test('a firer that leaves the nudge pending is retried later, not in a loop', async () => {
  let calls = 0;
  const { clock, scheduler, store } = await setup(createMemoryStore(), {
    retryDelayMs: 1_000,
    onError: () => {},
    fire: async () => {
      calls++;
    },
  });
  await store.scheduleNudge({ id: 'n1', sessionId: 's1', dueAt: clock.now(), cue: 'Go.' });
  await scheduler.start();
  await advanceWithScheduler(clock, scheduler, 2_500);
  assert.equal(calls, 3);
});

test('poke picks up a nudge another process wrote to the store', async () => {
  const { clock, fired, scheduler, store } = await setup();
  await scheduler.start();
  await store.scheduleNudge({ id: 'elsewhere', sessionId: 's1', dueAt: clock.now() + 2_000, cue: 'Go.' });
  assert.equal(scheduler.armedFor, undefined);
  await scheduler.poke();
  assert.equal(scheduler.armedFor, clock.now() + 2_000);
  await advanceWithScheduler(clock, scheduler, 2_000);
  assert.equal(fired.length, 1);
});

test('after stop nothing fires, and the nudge stays pending for the next start', async () => {
  const { clock, fired, scheduler, store } = await setup();
  await scheduler.start();
  await scheduler.schedule({ id: 'n1', sessionId: 's1', dueAt: clock.now() + 1_000, cue: 'Go.' });
  await scheduler.stop();
  assert.equal(clock.pendingTimers, 0);
  clock.advance(5_000);
  assert.equal(fired.length, 0);
  assert.equal((await store.getNudge('n1'))?.status, 'pending');
  await scheduler.start();
  assert.deepEqual(
    fired.map((one) => one.lateMs),
    [4_000],
  );
});

test("a session's nudges due together fire one after another, each seeing the turn before", async () => {
  const { clock, scheduler, store } = await setup(createMemoryStore(), {
    fire: async (nudge) => {
      const { version } = await store.load(nudge.sessionId);
      // words the turn from the log, as the coach does: which turn of the session this is
      await new Promise((resolve) => setImmediate(resolve));
      await store.fireNudge({
        nudgeId: nudge.id,
        firedAt: clock.now(),
        events: [{ type: 'therapist-said', at: clock.now(), text: `turn after version ${version}` }],
      });
    },
  });
  for (const id of ['a', 'b', 'c'])
    await store.scheduleNudge({ id, sessionId: 's1', dueAt: clock.now(), cue: 'Go.' });
  await scheduler.start();
  const texts = (await store.load('s1')).events.map((event) => event.text);
  assert.deepEqual(texts, ['turn after version 0', 'turn after version 1', 'turn after version 2']);
});

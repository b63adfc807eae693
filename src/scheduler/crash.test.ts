import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createRealClock } from '../clock/real-clock.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { SessionStore } from '../store/types.ts';
import { createScheduler } from './scheduler.ts';
import { createCueFirer } from './testing/cue-firer.ts';

const childScript = fileURLToPath(new URL('./testing/crash-child.ts', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'tinystep-crash-'));
after(() => rmSync(folder, { recursive: true, force: true }));

type Child = {
  process: ChildProcess;
  lines: string[];
  waitFor(predicate: (lines: string[]) => boolean): Promise<void>;
};

function startChild(config: object): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    process: child,
    lines,
    waitFor: (predicate) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (predicate(lines)) resolve();
          else if (child.exitCode !== null) reject(new Error(`child exited (${child.exitCode}) early`));
          else waiters.push(check);
        };
        child.once('exit', check);
        check();
      }),
  };
}

async function kill(child: Child): Promise<void> {
  const exited = new Promise((resolve) => child.process.once('exit', resolve));
  child.process.kill('SIGKILL');
  await exited;
}

const ackedTurns = (lines: string[]) =>
  lines.filter((line) => line.startsWith('ack turn ')).map((line) => Number(line.split(' ')[2]));
const ackedNudges = (lines: string[]) =>
  lines
    .filter((line) => line.startsWith('ack nudge '))
    .map((line) => ({ id: line.split(' ')[2], dueAt: Number(line.split(' ')[3]) }));

/** A fresh scheduler on the same file, run until every given nudge has left 'pending'. */
async function restartAndFire(store: SessionStore, nudgeIds: string[]) {
  const clock = createRealClock();
  const scheduler = createScheduler({ store, clock, fire: createCueFirer(store, clock) });
  await scheduler.start();
  for (let wait = 0; wait < 400; wait++) {
    const states = await Promise.all(nudgeIds.map((id) => store.getNudge(id)));
    if (states.every((nudge) => nudge?.status === 'fired')) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await scheduler.stop();
}

async function assertFiredOnce(store: SessionStore, sessionId: string, nudgeIds: string[]) {
  const { events } = await store.load(sessionId);
  for (const id of nudgeIds) {
    assert.equal(events.filter((event) => event.nudgeId === id).length, 1, `nudge ${id} said exactly once`);
    const nudge = await store.getNudge(id);
    assert.equal(nudge?.status, 'fired');
    assert.equal(typeof nudge?.lateMs, 'number');
    assert.ok(nudge!.firedAt! >= nudge!.dueAt, 'never early');
  }
}

test('every acknowledged turn survives SIGKILL', async () => {
  const path = join(folder, 'turns.db');
  const child = startChild({
    path,
    sessionId: 's1',
    nudgeDelaysMs: [],
    runScheduler: false,
    appendTurns: true,
  });
  await child.waitFor((lines) => ackedTurns(lines).length >= 300);
  await kill(child);
  const acked = ackedTurns(child.lines);
  const store = await openSqliteStore({ path });
  const { events, version } = await store.load('s1');
  assert.ok(version >= acked.at(-1)!);
  for (const turn of acked)
    assert.equal(events[turn - 1].text, `turn ${turn}`, 'no scheduler here: turn n is version n');
  await store.close();
});

test('nudges pending at the crash fire once after a restart before their due time', async () => {
  const path = join(folder, 'before.db');
  const child = startChild({
    path,
    sessionId: 's1',
    nudgeDelaysMs: [1_500, 1_600, 1_700],
    runScheduler: true,
    appendTurns: true,
  });
  await child.waitFor((lines) => ackedTurns(lines).length >= 20);
  await kill(child);
  const nudges = ackedNudges(child.lines);
  assert.equal(nudges.length, 3);
  const store = await openSqliteStore({ path });
  assert.ok(Date.now() < nudges[0].dueAt, 'restarted before the due time');
  await restartAndFire(
    store,
    nudges.map((nudge) => nudge.id),
  );
  await assertFiredOnce(
    store,
    's1',
    nudges.map((nudge) => nudge.id),
  );
  await store.close();
});

test('nudges that came due while down fire once on restart, marked late', async () => {
  const path = join(folder, 'after.db');
  const child = startChild({
    path,
    sessionId: 's1',
    nudgeDelaysMs: [400, 450],
    runScheduler: true,
    appendTurns: false,
  });
  await child.waitFor((lines) => lines.includes('ready'));
  await kill(child);
  const nudges = ackedNudges(child.lines);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, nudges[1].dueAt - Date.now()) + 300));
  const restartedAt = Date.now();
  const store = await openSqliteStore({ path });
  await restartAndFire(
    store,
    nudges.map((nudge) => nudge.id),
  );
  await assertFiredOnce(
    store,
    's1',
    nudges.map((nudge) => nudge.id),
  );
  for (const { id, dueAt } of nudges)
    assert.ok((await store.getNudge(id))!.lateMs! >= restartedAt - dueAt, 'lateness recorded');
  await store.close();
});

test('killed while firing: every nudge is said exactly once after the restart', async () => {
  const path = join(folder, 'mid-fire.db');
  const delays = Array.from({ length: 150 }, (_, index) => 200 + index * 4);
  const child = startChild({
    path,
    sessionId: 's1',
    nudgeDelaysMs: delays,
    runScheduler: true,
    appendTurns: true,
  });
  await child.waitFor((lines) => lines.filter((line) => line.startsWith('fired ')).length >= 40);
  await kill(child);
  const firedBeforeCrash = child.lines
    .filter((line) => line.startsWith('fired '))
    .map((line) => line.split(' ')[1]);
  const ids = ackedNudges(child.lines).map((nudge) => nudge.id);
  assert.ok(firedBeforeCrash.length < ids.length, 'the crash came while nudges were still pending');
  const store = await openSqliteStore({ path });
  await restartAndFire(store, ids);
  await assertFiredOnce(store, 's1', ids);
  const saved = new Set((await store.load('s1')).events.map((event) => event.text));
  for (const turn of ackedTurns(child.lines))
    assert.ok(saved.has(`turn ${turn}`), `acknowledged turn ${turn} is there`);
  await store.close();
});

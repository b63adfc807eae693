/**
 * npm run bench:nudges — 10,000 pending nudges across 1,000 sessions on the real clock, fired
 * through the SQLite store's atomic fire; plus append throughput with synchronous NORMAL and FULL.
 * Flags: --synchronous NORMAL|FULL (for the nudge run; default NORMAL), --nudges N, --turns N.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRealClock } from '../src/clock/real-clock.ts';
import { createScheduler } from '../src/scheduler/scheduler.ts';
import { createCueFirer } from '../src/scheduler/testing/cue-firer.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';

const { values } = parseArgs({
  options: {
    synchronous: { type: 'string', default: 'NORMAL' },
    nudges: { type: 'string', default: '10000' },
    sessions: { type: 'string', default: '1000' },
    turns: { type: 'string', default: '10000' },
  },
});
const synchronous = values.synchronous === 'FULL' ? 'FULL' : 'NORMAL';
const nudgeCount = Number(values.nudges);
const sessionCount = Number(values.sessions);
const turnCount = Number(values.turns);
const folder = mkdtempSync(join(tmpdir(), 'tinystep-bench-nudges-'));
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percentile = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];

async function appendThroughput(mode: 'NORMAL' | 'FULL'): Promise<number> {
  const store = await openSqliteStore({ path: join(folder, `append-${mode}.db`), synchronous: mode });
  const versions = new Map<string, number>();
  for (let index = 0; index < 100; index++) {
    await store.createSession({ id: `s${index}`, createdAt: Date.now(), locale: 'en', seed: index });
    versions.set(`s${index}`, 0);
  }
  const started = performance.now();
  for (let turn = 0; turn < turnCount; turn++) {
    const sessionId = `s${turn % 100}`;
    const version = await store.append(sessionId, versions.get(sessionId)!, [
      {
        type: 'client-said',
        at: Date.now(),
        text: 'I opened the file and typed one line, not sure it counts.',
      },
    ]);
    versions.set(sessionId, version);
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return turnCount / seconds;
}

async function nudgeLateness() {
  const clock = createRealClock();
  const store = await openSqliteStore({ path: join(folder, 'nudges.db'), synchronous });
  for (let index = 0; index < sessionCount; index++)
    await store.createSession({ id: `s${index}`, createdAt: clock.now(), locale: 'en', seed: index });
  // scheduling 10,000 takes seconds on a busy machine: time a warm-up batch to leave enough
  // room, so the first nudge comes due about 1 s after the last is stored
  await store.createSession({ id: 'warm-up', createdAt: clock.now(), locale: 'en', seed: 0 });
  const warmUpStarted = clock.now();
  for (let index = 0; index < 500; index++)
    await store.scheduleNudge({
      id: `w${index}`,
      sessionId: 'warm-up',
      dueAt: clock.now() + 3_600_000,
      cue: 'Go.',
    });
  await store.delete('warm-up');
  const perNudgeMs = (clock.now() - warmUpStarted) / 500;
  // the table grows as it fills, so later inserts are slower than the warm-up's: leave ample room
  const firstDue = clock.now() + 2_000 + Math.ceil(perNudgeMs * nudgeCount * 4);
  // due spread over 3 s
  for (let index = 0; index < nudgeCount; index++)
    await store.scheduleNudge({
      id: `n${index}`,
      sessionId: `s${index % sessionCount}`,
      dueAt: firstDue + Math.floor((index * 3_000) / nudgeCount),
      cue: 'Put your hands on the keyboard and type one word.',
    });
  const scheduledBy = clock.now();
  const lateness: number[] = [];
  let done: () => void = () => {};
  const allFired = new Promise<void>((resolve) => {
    done = resolve;
  });
  const scheduler = createScheduler({
    store,
    clock,
    fire: createCueFirer(store, clock, (fired) => {
      lateness.push(fired.lateMs);
      if (lateness.length === nudgeCount) done();
    }),
  });
  const keepAlive = setInterval(() => {}, 1_000);
  await scheduler.start();
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  await allFired;
  const cpu = process.cpuUsage(cpuBefore);
  const busy = (cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore);
  clearInterval(keepAlive);
  await scheduler.stop();
  globalThis.gc?.();
  const memory = process.memoryUsage();
  await store.close();
  lateness.sort((left, right) => left - right);
  return { lateness, memory, headroomMs: firstDue - scheduledBy, busy };
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
console.log(
  `tinystep bench:nudges — SQLite, WAL; node ${process.version}; ${cpus().length} cores, load ${load()}`,
);
const normal = await appendThroughput('NORMAL');
const full = await appendThroughput('FULL');
console.log(`append throughput (${turnCount} single-turn appends, one at a time):`);
console.log(`  WAL + synchronous=NORMAL: ${normal.toFixed(0)} turns/s`);
console.log(`  WAL + synchronous=FULL:   ${full.toFixed(0)} turns/s`);
const { lateness, memory, headroomMs, busy } = await nudgeLateness();
console.log(
  `nudges: ${lateness.length} fired across ${sessionCount} sessions, WAL + synchronous=${synchronous}, real clock` +
    ` (first due ${headroomMs} ms after scheduling finished)`,
);
console.log(
  `  lateness p50 ${percentile(lateness, 0.5)} ms, p99 ${percentile(lateness, 0.99)} ms, max ${lateness.at(-1)} ms` +
    ' (target p99 < 20 ms)',
);
console.log(
  `  memory after: RSS ${megabytes(memory.rss)}, heap used ${megabytes(memory.heapUsed)}; peak RSS ${megabytes(process.resourceUsage().maxRSS * 1024)}`,
);
console.log(`  process CPU while firing: ${(busy * 100).toFixed(0)}% of one core; load at end ${load()}`);
rmSync(folder, { recursive: true, force: true });

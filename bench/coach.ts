// npm run bench:coach — reply latency for one turn deep in a session, and memory per idle session.
// The machine is shared: the load average is printed with the figures, and CPU time is shown
// beside wall time (CPU time barely moves with other people's load, wall time does). With
// --expose-gc (npm run bench:coach passes it) garbage collection pauses are counted too, so a
// slow p99 can be told apart: our own work, a GC pause, or the machine being busy.
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { VirtualClock } from '../src/clock/index.ts';
import { createCoachSession } from '../src/coach/coach-session.ts';
import { settle } from '../src/coach/replay.ts';
import type { Observation } from '../src/spec/observation.ts';
import { understand } from '../src/understanding/index.ts';

const SEED_PATH = new URL('../../shared/reference/seed-session.txt', import.meta.url);
const FALLBACK = [
  'I keep putting off the report for my boss',
  'maybe a 7',
  'can you make it smaller?',
  'my chest is tight and my hands are shaky',
  'I opened it but I am not sure that counts',
  'nudge me in 30 seconds if I start fiddling',
  'tell me exactly what to do',
  'what is the next step?',
  'why does noticing help?',
  'can we pause for a minute?',
];

function utterances(): string[] {
  try {
    const text = readFileSync(SEED_PATH, 'utf8');
    const turns = text
      .split(/\n\s*\n/)
      .filter((block) => block.startsWith('Patient:'))
      .map((block) => block.slice('Patient:'.length).trim());
    return turns.length > 0 ? [...turns, ...FALLBACK] : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

const texts = utterances();
const TURNS = 30;
// p99 of one turn per session: a few hundred sessions, so it is not just the second-worst sample
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 500);
const WARMUP = 20;

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

// the same words read once: isolates the coach (fold, policy, realizer) from understanding's cost
const cache = new Map<string, Observation[]>();
function understandOnce(text: string): Observation[] {
  const known = cache.get(text);
  if (known) return known;
  const observations = understand(text);
  cache.set(text, observations);
  return observations;
}

/** Garbage collection pauses while the observer runs (Node reports them as 'gc' performance entries). */
function watchGc() {
  const pauses: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop() {
      // entries are delivered a little later: let them arrive before reading
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const entry of observer.takeRecords())
        pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      observer.disconnect();
      return pauses;
    },
  };
}

type Sample = { wall: number; cpu: number; start: number; end: number };

async function latency(label: string, read?: (text: string) => Observation[]): Promise<void> {
  const samples: Sample[] = [];
  const gc = watchGc();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let session = 0; session < SESSIONS; session++) {
    const clock = new VirtualClock(0);
    const coach = createCoachSession({ clock, seed: session, sessionId: `b${session}`, understand: read });
    await coach.open();
    for (let turn = 0; turn < TURNS - 1; turn++) {
      await coach.receive(texts[(session + turn) % texts.length]);
      clock.advance(20_000);
      await settle();
    }
    const cpu = process.cpuUsage();
    const start = performance.now();
    await coach.receive(texts[(session + TURNS) % texts.length]);
    const end = performance.now();
    const cpuUsed = process.cpuUsage(cpu);
    // the first sessions warm the JIT and load the realizer; they are not measured
    if (session >= WARMUP)
      samples.push({ wall: end - start, cpu: (cpuUsed.user + cpuUsed.system) / 1000, start, end });
  }
  const wallMs = performance.now() - started;
  const cpuAll = process.cpuUsage(cpuBefore);
  const pauses = await gc.stop();
  const gcMs = pauses.reduce((sum, pause) => sum + pause.end - pause.start, 0);
  const hitByGc = (sample: Sample) =>
    pauses.some((pause) => pause.start < sample.end && pause.end > sample.start);
  const walls = samples.map((sample) => sample.wall).sort((left, right) => left - right);
  const cpus = samples.map((sample) => sample.cpu).sort((left, right) => left - right);
  const clean = samples
    .filter((sample) => !hitByGc(sample))
    .map((sample) => sample.wall)
    .sort((left, right) => left - right);
  const turnsPlayed = SESSIONS * TURNS;
  console.log(`\n${label}: turn ${TURNS} of a session, ${samples.length} sessions measured`);
  console.log(
    `  wall: p50 ${ms(percentile(walls, 0.5))}, p90 ${ms(percentile(walls, 0.9))}, p99 ${ms(percentile(walls, 0.99))}, max ${ms(walls.at(-1) ?? 0)} (target p99 < 5 ms)`,
  );
  console.log(
    `  CPU:  p50 ${ms(percentile(cpus, 0.5))}, p99 ${ms(percentile(cpus, 0.99))} (process CPU time, all threads: JIT and GC helpers count too)`,
  );
  console.log(
    `  GC: ${pauses.length} pauses, ${gcMs.toFixed(0)} ms = ${((100 * gcMs) / wallMs).toFixed(1)}% of the run; ${samples.length - clean.length} measured turns overlapped a pause; p99 without them ${ms(percentile(clean, 0.99))}`,
  );
  console.log(
    `  whole run: ${turnsPlayed} turns in ${wallMs.toFixed(0)} ms wall, ${((cpuAll.user + cpuAll.system) / 1000).toFixed(0)} ms CPU; ${((1000 * wallMs) / turnsPlayed).toFixed(0)} µs wall per turn`,
  );
}

async function memory(): Promise<void> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) {
    console.log('\nmemory: run with node --expose-gc (npm run bench:coach does)');
    return;
  }
  const count = 1000;
  const clock = new VirtualClock(0);
  collect();
  const before = process.memoryUsage().heapUsed;
  const sessions = [];
  for (let index = 0; index < count; index++) {
    const coach = createCoachSession({ clock, seed: index, sessionId: `m${index}` });
    await coach.open();
    await coach.receive(texts[index % texts.length]);
    sessions.push(coach);
  }
  collect();
  const after = process.memoryUsage().heapUsed;
  const perSession = (after - before) / count / 1024;
  console.log(
    `\nmemory per idle session (opened + one turn, ${count} sessions): ${perSession.toFixed(1)} KB (target < 50 KB)`,
  );
  if (sessions.length !== count) throw new Error('sessions were collected early');
}

console.log(`load average (1/5/15 min) before: ${loadAverage()}`);
const gcExposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
if (!gcExposed) console.log('(run with node --expose-gc for the memory figure; npm run bench:coach does)');
await latency('whole turn (understanding included)');
await latency('coach only (observations cached)', understandOnce);
await memory();
console.log(`\nload average (1/5/15 min) after: ${loadAverage()}`);

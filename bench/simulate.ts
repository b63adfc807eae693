// npm run bench:simulate — sessions per second, coach vs simulated client, 25-turn sessions,
// with transcript metrics (as `tinystep bench`), on every core and on one; then the client of
// issue 18 beside the client before it (bench/support/legacy-client, or with
// BENCH_BASELINE=<another checkout> that checkout's src/simulator/simulated-client.ts, e.g. main's),
// same jobs, same coach, same thread, rounds interleaved; then where the time goes in one thread
// (coach / client / metrics), and the client's own rate (sessions per second of client time alone,
// the ≥ 200/s bar of issue 18; wall-clock rates include the coach, most of a session's time).
// BENCH_WORKERS=0 skips the worker rounds.
// Prints figures; asserts nothing.
// The machine is shared, so each figure is the median of several rounds with its spread, the
// load average is printed beside it, and CPU time is shown beside wall time: CPU ms per session
// barely moves with other people's load, sessions/s does.
// Warm-up: every worker plays every persona several times before the clock starts, so phrase
// banks, the coach's caches and the JIT have settled; each round then uses a fresh seed, so the
// cross-session memos see new therapist text as they would in a real batch.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientFactory } from '../src/runner/client.ts';
import { batchJobs, runBatch } from '../src/runner/run-batch.ts';
import { SessionPool } from '../src/runner/session-pool.ts';
import { type JobTimings, playJob } from '../src/runner/session-record.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import { LegacySimulatedClient } from './support/legacy-client/legacy-simulated-client.ts';

const sessionsPerPersona = Number(process.env.BENCH_SESSIONS ?? 20);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const warmupPerPersona = Number(process.env.BENCH_WARMUP ?? 10);
const sampleSessions = Number(process.env.BENCH_SAMPLE ?? 5);
const personas = loadPersonaDirectory();
const therapists = [{ kind: 'coach' as const }];
const cores = availableParallelism();

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "median (min–max)" of a list of figures. */
function spread(values: readonly number[], digits = 1): string {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return `${median(values).toFixed(digits)} (${low}–${high})`;
}

console.log(`machine: ${cores} cores, load average (1/5/15 min) ${loadAverage()}`);
console.log(
  `workload: coach vs simulated client, ${personas.length} personas × ${sessionsPerPersona} sessions a round, ${rounds} rounds after a warm-up of ${warmupPerPersona} sessions per persona per worker, at most 25 client turns, metrics on`,
);

async function measure(workers: number): Promise<void> {
  const pool = new SessionPool(workers);
  try {
    // every worker gets the whole warm-up, so none starts the clock cold
    await runBatch({ personas, therapists, sessions: warmupPerPersona * workers, seed: 1, pool });
    const loadBefore = loadAverage();
    const rates: number[] = [];
    const cpuPerSession: number[] = [];
    let turns = 0;
    let sessions = 0;
    for (let round = 0; round < rounds; round++) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const records = await runBatch({
        personas,
        therapists,
        sessions: sessionsPerPersona,
        seed: 1000 + round,
        pool,
      });
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      rates.push(records.length / seconds);
      cpuPerSession.push((cpu.user + cpu.system) / 1000 / records.length);
      turns += records.reduce((sum, record) => sum + record.turns, 0);
      sessions += records.length;
    }
    console.log(
      `\n${workers} worker${workers === 1 ? '' : 's'}: ${spread(rates)} sessions/s, median (min–max) of ${rounds} rounds of ${sessions / rounds} sessions (target ≥ 200 on every core)`,
    );
    console.log(
      `  ${spread(cpuPerSession, 2)} CPU ms per session (all threads); ${(turns / sessions).toFixed(1)} transcript turns per session; load average before ${loadBefore}, after ${loadAverage()}`,
    );
    // (a shared machine's load stretches wall time, not CPU time: what these workers would do alone)
    console.log(
      `  ${((Math.min(workers, cores) * 1000) / median(cpuPerSession)).toFixed(0)} sessions/s if ${Math.min(workers, cores)} core${workers === 1 ? '' : 's'} were ours alone (cores × 1000 / median CPU ms per session; a projection, not a measurement)`,
    );
  } finally {
    await pool.close();
  }
}

// BENCH_DIGEST=1: only the same-bytes check of a speed change — a digest of every record and transcript of
// a fixed batch (coach and ELIZA, every persona, seed 77), to compare before and after; nothing is timed
if (process.env.BENCH_DIGEST === '1') {
  const digestTherapists = [{ kind: 'coach' as const }, { kind: 'eliza' as const }];
  const hash = createHash('sha256');
  const jobs = batchJobs({ personas, therapists: digestTherapists, sessions: 4, seed: 77 });
  for (const job of jobs)
    hash.update(JSON.stringify(await playJob({ ...job, keepTranscripts: true }, personas, digestTherapists)));
  console.log(`same-bytes digest of ${jobs.length} sessions: ${hash.digest('hex')}`);
  process.exit(0);
}

if (process.env.BENCH_WORKERS !== '0') {
  await measure(cores);
  if (cores > 1) await measure(1);
}

// the current client beside the one before it: same jobs, one thread, rounds interleaved so both
// see the same load; sessions end sooner with the new client when the therapist does not listen,
// so client turns per second are printed too
const baseline = process.env.BENCH_BASELINE;
const legacyClient: ClientFactory = baseline
  ? await baselineClient(resolve(baseline))
  : {
      kind: 'rule',
      create: ({ persona, seed, read }) => new LegacySimulatedClient(persona, { seed, read }),
    };

/** The rule client of another checkout (its cards' types are the same shape: they share the schema). */
async function baselineClient(checkout: string): Promise<ClientFactory> {
  const url = pathToFileURL(`${checkout}/src/simulator/simulated-client.ts`).href;
  const module = (await import(url)) as { SimulatedClient: typeof LegacySimulatedClient };
  return {
    kind: 'rule',
    create: ({ persona, seed, read }) => new module.SimulatedClient(persona, { seed, read }),
  };
}
const sideBySide = { current: [] as number[], legacy: [] as number[] };
// the client's own rate: sessions per CPU second spent inside the client (speak, hearReply,
// planAttempt, summary), the coach's time left out — what "≥ 200 simulated sessions a second for
// the rule-based client" asks of the simulator; the whole-session rates above include the coach
const clientAlone = { current: [] as number[], legacy: [] as number[] };
const turnRates = { current: [] as number[], legacy: [] as number[] };
// CPU ms per session beside wall time: the steadier figure when other people load the machine
const cpuRates = { current: [] as number[], legacy: [] as number[] };
for (const job of batchJobs({ personas, therapists, sessions: 3, seed: 4 })) {
  await playJob(job, personas, therapists);
  await playJob(job, personas, therapists, undefined, legacyClient);
}
// The slot that plays a round's jobs second finds the coach's cross-session memos filled by the
// first (same jobs, same therapist text), and ran ~1.7× faster with the same client in both slots
// (round 14); so the order alternates, over an even number of rounds, and each slot leads half.
const sideRounds = rounds % 2 === 0 ? rounds : rounds + 1;
const slots = [
  ['current', undefined],
  ['legacy', legacyClient],
] as const;
for (let round = 0; round < sideRounds; round++) {
  const jobs = batchJobs({ personas, therapists, sessions: sampleSessions, seed: 3000 + round });
  for (const [name, client] of round % 2 === 0 ? slots : [...slots].reverse()) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const timings: JobTimings = { sessionMs: 0, clientMs: 0, metricsMs: 0 };
    let turns = 0;
    for (const job of jobs) turns += (await playJob(job, personas, therapists, timings, client)).turns;
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    // (the client's share of the wall time, times the CPU time: other people's load stretches the
    // wall clock of coach and client alike, so the share holds where wall milliseconds do not)
    const clientCpuMs = ((cpu.user + cpu.system) / 1000) * (timings.clientMs / (seconds * 1000));
    clientAlone[name].push(jobs.length / (clientCpuMs / 1000));
    cpuRates[name].push((cpu.user + cpu.system) / 1000 / jobs.length);
    sideBySide[name].push(jobs.length / seconds);
    turnRates[name].push(turns / seconds);
  }
}
console.log(`
one thread, same ${personas.length * sampleSessions} jobs a round, ${sideRounds} rounds (each client first in half), median (min–max):`);
console.log(
  `  client of issue 18: ${spread(sideBySide.current)} sessions/s, ${spread(turnRates.current, 0)} transcript turns/s, ${spread(cpuRates.current, 2)} CPU ms per session`,
);
console.log(
  `  ${baseline ? `client of ${baseline}:` : 'client before it:  '} ${spread(sideBySide.legacy)} sessions/s, ${spread(turnRates.legacy, 0)} transcript turns/s, ${spread(cpuRates.legacy, 2)} CPU ms per session`,
);
console.log(
  `  the client alone (sessions per CPU second inside the client, one thread; target ≥ 200): issue 18's ${spread(clientAlone.current)}, ${baseline ? baseline : 'the one before it'} ${spread(clientAlone.legacy)}`,
);

// where one thread's time goes: every persona, a few sessions each per round, after a warm-up
for (const job of batchJobs({ personas, therapists, sessions: warmupPerPersona, seed: 3 }))
  await playJob(job, personas, therapists);
const shares = {
  wall: [] as number[],
  coach: [] as number[],
  client: [] as number[],
  metrics: [] as number[],
};
const runnerShare: number[] = [];
let sampled = 0;
for (let round = 0; round < rounds; round++) {
  const jobs = batchJobs({ personas, therapists, sessions: sampleSessions, seed: 2000 + round });
  const timings: JobTimings = { sessionMs: 0, clientMs: 0, metricsMs: 0 };
  const started = performance.now();
  for (const job of jobs) await playJob(job, personas, therapists, timings);
  const wallMs = performance.now() - started;
  sampled = jobs.length;
  shares.wall.push(wallMs / jobs.length);
  shares.coach.push((timings.sessionMs - timings.clientMs) / jobs.length);
  shares.client.push(timings.clientMs / jobs.length);
  shares.metrics.push(timings.metricsMs / jobs.length);
  runnerShare.push((wallMs - timings.sessionMs - timings.metricsMs) / jobs.length);
}
console.log(
  `\nsingle-thread sample, ${rounds} rounds of ${sampled} sessions, ms per session, median (min–max):`,
);
console.log(`  whole session:               ${spread(shares.wall, 2)}`);
console.log(`  coach (incl. understanding): ${spread(shares.coach, 2)}`);
console.log(`  simulated client:            ${spread(shares.client, 2)}`);
console.log(`  metrics:                     ${spread(shares.metrics, 2)}`);
console.log(`  runner, other:               ${spread(runnerShare, 2)}`);
console.log(`\nload average after: ${loadAverage()}`);

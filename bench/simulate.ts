// npm run bench:simulate — sessions per second, coach vs simulated client, 25-turn sessions,
// with transcript metrics (as `tinystep bench`), on every core and on one; then where the time
// goes in one thread (coach / client / metrics). Prints figures; asserts nothing.
// The machine is shared, so the load average is printed with the figures and CPU time is shown
// beside wall time: CPU ms per session barely moves with other people's load, sessions/s does.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { batchJobs, runBatch } from '../src/runner/run-batch.ts';
import { SessionPool } from '../src/runner/session-pool.ts';
import { type JobTimings, playJob } from '../src/runner/session-record.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';

const sessionsPerPersona = Number(process.env.BENCH_SESSIONS ?? 20);
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

console.log(`machine: ${cores} cores, load average (1/5/15 min) ${loadAverage()}`);
console.log(
  `workload: coach vs simulated client, ${personas.length} personas × ${sessionsPerPersona} sessions, at most 25 client turns, metrics on`,
);

async function measure(workers: number): Promise<void> {
  const pool = new SessionPool(workers);
  try {
    // warm-up: workers start and compile our sources before the clock starts
    await runBatch({ personas, therapists, sessions: 2, seed: 1, pool });
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const records = await runBatch({ personas, therapists, sessions: sessionsPerPersona, seed: 7, pool });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const turns = records.reduce((sum, record) => sum + record.turns, 0);
    console.log(
      `\n${workers} worker${workers === 1 ? '' : 's'}: ${(records.length / seconds).toFixed(1)} sessions/s (target ≥ 200 on every core)`,
    );
    console.log(
      `  ${records.length} sessions in ${seconds.toFixed(2)} s; ${(cpuMs / records.length).toFixed(1)} CPU ms per session; ${(turns / records.length).toFixed(1)} transcript turns per session`,
    );
  } finally {
    await pool.close();
  }
}

await measure(cores);
if (cores > 1) await measure(1);

// where one thread's time goes: every persona, a few sessions each, after a warm-up of two each
const jobs = batchJobs({ personas, therapists, sessions: sampleSessions, seed: 11 });
for (const job of batchJobs({ personas, therapists, sessions: 2, seed: 3 }))
  await playJob(job, personas, therapists);
const timings: JobTimings = { sessionMs: 0, clientMs: 0, metricsMs: 0 };
const started = performance.now();
for (const job of jobs) await playJob(job, personas, therapists, timings);
const perSession = (ms: number) => `${(ms / jobs.length).toFixed(2)} ms`;
const wallMs = performance.now() - started;
console.log(`\nsingle-thread sample, ${jobs.length} sessions: ${perSession(wallMs)} per session`);
console.log(`  coach (incl. understanding): ${perSession(timings.sessionMs - timings.clientMs)}`);
console.log(`  simulated client:            ${perSession(timings.clientMs)}`);
console.log(`  metrics:                     ${perSession(timings.metricsMs)}`);
console.log(`  runner, other:               ${perSession(wallMs - timings.sessionMs - timings.metricsMs)}`);
console.log(`\nload average after: ${loadAverage()}`);

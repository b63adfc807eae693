// npm run bench:simulate — sessions per second, coach vs simulated client, 25-turn sessions,
// on every core (worker threads). Prints figures; asserts nothing (speed goals live here, not in tests).
import { availableParallelism } from 'node:os';
import { runBatch } from '../src/runner/run-batch.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';

const sessionsPerPersona = Number(process.env.BENCH_SESSIONS ?? 40);
const personas = loadPersonaDirectory();
const workers = availableParallelism();

// a small warm-up so worker start-up (tsx compiling our sources) is not counted as session time
await runBatch({
  personas: personas.slice(0, 1),
  therapists: [{ kind: 'coach' }],
  sessions: 2,
  seed: 1,
  workers,
});

for (const measure of [false, true]) {
  const started = performance.now();
  const records = await runBatch({
    personas,
    therapists: [{ kind: 'coach' }],
    sessions: sessionsPerPersona,
    seed: 7,
    maxTurns: 25,
    workers,
    measure,
  });
  const seconds = (performance.now() - started) / 1000;
  const turns = records.reduce((sum, record) => sum + record.turns, 0);
  console.log(measure ? '\nsessions + transcript metrics (as tinystep bench):' : 'sessions only:');
  console.log(
    `  personas: ${personas.length}, sessions: ${records.length}, workers: ${workers}, max 25 client turns`,
  );
  console.log(`  wall time (incl. worker start-up): ${seconds.toFixed(2)} s`);
  console.log(`  sessions/s: ${(records.length / seconds).toFixed(1)} (target ≥ 200)`);
  console.log(`  mean transcript turns per session: ${(turns / records.length).toFixed(1)}`);
}

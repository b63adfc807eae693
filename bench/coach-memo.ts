// node --import tsx bench/coach-memo.ts [--against <commit>] [--rounds N] [--sessions N]
// The coach of this tree beside the coach of an earlier commit, in simulation: the same jobs (every
// persona against the coach, the rule client, one thread, metrics on, as bench:simulate), rounds
// alternated in one process so both see the same load, CPU ms a session for each; then how often this
// tree's coach found a turn's reading remembered (understand-memo.ts), the figure the memo lives on.
// Each round a fresh seed, after a warm-up of each coach, as bench:simulate. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { type BatchOptions, runBatch } from '../src/runner/run-batch.ts';
import type { SessionRecord } from '../src/runner/session-record.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import { understandingMemoCounts } from '../src/understanding/understand-memo.ts';
import { extractSourceAtCommit } from './support/source-at-commit.ts';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const AGAINST = argument('--against') ?? 'HEAD';
const ROUNDS = Number(argument('--rounds') ?? 6);
const SESSIONS = Number(argument('--sessions') ?? 4);

type RunBatch = (options: BatchOptions) => Promise<SessionRecord[]>;

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const spread = (values: readonly number[]) =>
  `${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;

const personas = loadPersonaDirectory();

/** CPU ms a session of one batch, played in this thread. */
async function cpuPerSession(run: RunBatch, seed: number): Promise<number> {
  const before = process.cpuUsage();
  const records = await run({
    personas,
    therapists: [{ kind: 'coach' }],
    sessions: SESSIONS,
    seed,
    workers: 0,
  });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / records.length;
}

const source = extractSourceAtCommit(AGAINST);
if (typeof source === 'string') {
  console.error(`coach-memo: ${source}`);
  process.exit(1);
}
try {
  const earlier = (await source.load('src/runner/run-batch.ts')).runBatch as RunBatch;
  console.log(`load average before ${loadAverage()}`);
  // warm-up: phrase banks, the JIT and both coaches' caches settle before the clock starts
  await cpuPerSession(earlier, 1);
  await cpuPerSession(runBatch, 1);
  const countsBefore = understandingMemoCounts();
  const figures: { earlier: number[]; now: number[] } = { earlier: [], now: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // which goes first alternates, so neither always runs on the other's garbage
    const seed = 1000 + round;
    if (round % 2 === 0) {
      figures.earlier.push(await cpuPerSession(earlier, seed));
      figures.now.push(await cpuPerSession(runBatch, seed));
    } else {
      figures.now.push(await cpuPerSession(runBatch, seed));
      figures.earlier.push(await cpuPerSession(earlier, seed));
    }
  }
  const counts = understandingMemoCounts();
  const remembered = counts.remembered - countsBefore.remembered;
  const read = counts.read - countsBefore.read;
  const lookingBack = counts.readLookingBack - countsBefore.readLookingBack;
  console.log(
    `${ROUNDS} rounds of ${personas.length * SESSIONS} sessions, one thread, CPU ms a session, median (min–max):`,
  );
  console.log(`  ${AGAINST.padEnd(12)} ${spread(figures.earlier)}`);
  console.log(`  ${'this tree'.padEnd(12)} ${spread(figures.now)}`);
  console.log(
    `this tree's coach turns: ${remembered} readings remembered, ${read} read afresh (${lookingBack} of them looked at the earlier turns): ${((100 * remembered) / Math.max(1, remembered + read)).toFixed(1)}% remembered`,
  );
  console.log(`load average after ${loadAverage()}`);
} finally {
  source.dispose();
}

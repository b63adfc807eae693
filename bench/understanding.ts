/**
 * npm run bench:understanding [-- --rounds N] [-- --compromise]
 * Utterances per second and latency percentiles of understand() over the labelled corpus, on one
 * core (one process, no workers), then single long inputs (10,000 characters, 1 MB).
 *
 * The machine is shared, so two clocks are printed: wall time (what a caller waits, including
 * time the process is descheduled) and CPU time of this process (what the code costs). The load
 * average is printed before and after: read a wall p99 far above the CPU p99 as contention.
 * Then a coach turn beside elizabot's, measured exactly as bench:coach-vs-eliza does
 * (bench/support/coach-beside-eliza.ts): the goal is a coach turn median ≤ 10× elizabot's median.
 * (Before round 3 this bench timed its own variant — corpus lines, one ElizaBot for every session,
 * the two interleaved — which put elizabot at 0.064 ms instead of 0.017 ms and so the ratio at
 * 10× instead of 25×; there is now one figure.)
 * --compromise also times compromise's parse of the same utterances (see docs/decisions/understanding.md).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../scripts/eval-understanding.ts';
import { analyse, understand } from '../src/understanding/index.ts';
import { coachBesideEliza, describeCoachBesideEliza } from './support/coach-beside-eliza.ts';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 20;
const texts = loadCorpus().map((entry) => entry.text);

function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function percentile(sorted: number[], quantile: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
}

function describe(sorted: number[]): string {
  const at = (quantile: number) => percentile(sorted, quantile).toFixed(3);
  return `p50 ${at(0.5)}, p99 ${at(0.99)}, p99.9 ${at(0.999)}, max ${sorted[sorted.length - 1].toFixed(3)}`;
}

function measure(label: string, read: (text: string) => unknown, roundCount: number): void {
  for (let warm = 0; warm < 3; warm += 1) for (const text of texts) read(text); // let the JIT settle
  const wall: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  const cpuStarted = cpuMilliseconds();
  for (let round = 0; round < roundCount; round += 1) {
    for (const text of texts) {
      const before = performance.now();
      const cpuBefore = cpuMilliseconds();
      read(text);
      cpu.push(cpuMilliseconds() - cpuBefore);
      wall.push(performance.now() - before);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (cpuMilliseconds() - cpuStarted) / 1000;
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `${label}: ${wall.length} utterances in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`,
  );
  console.log(
    `  ${Math.round(wall.length / seconds)} utt/s wall, ${Math.round(wall.length / cpuSeconds)} utt/s per CPU-second (timer overhead included)`,
  );
  console.log(`  wall ms: ${describe(wall)}`);
  console.log(`  CPU ms:  ${describe(cpu)}`);
}

function timeOne(label: string, text: string, repeats: number): void {
  analyse(text); // warm
  const wall: number[] = [];
  const cpu: number[] = [];
  let analysedChars = 0;
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    const before = performance.now();
    const cpuBefore = cpuMilliseconds();
    analysedChars = analyse(text).analysedChars;
    cpu.push(cpuMilliseconds() - cpuBefore);
    wall.push(performance.now() - before);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `${label} (${text.length} chars, ${analysedChars} analysed): median ${percentile(wall, 0.5).toFixed(2)} ms wall, ${percentile(cpu, 0.5).toFixed(2)} ms CPU; max ${wall[wall.length - 1].toFixed(2)} ms wall over ${repeats} runs`,
  );
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
console.log(`load average before: ${load()} (1, 5, 15 min)`);
console.log(`corpus: ${texts.length} utterances, ${rounds} rounds, one core`);
measure('understand', understand, rounds);
const sentence = 'remind me in 5 minutes if I freeze, my chest is tight. ';
timeOne('10k chars', sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000), 20);
timeOne('1 MB     ', sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000), 20);
// the same measurement as bench:coach-vs-eliza (one module, one way): ten avoidance-session
// utterances, 200 fresh sessions of each, full coach turn against a fresh elizabot
console.log('coach turn beside elizabot (as bench:coach-vs-eliza):');
console.log(describeCoachBesideEliza(await coachBesideEliza()));
if (args.includes('--compromise')) {
  const { default: nlp } = await import('compromise');
  measure('compromise', (text) => nlp(text).json(), Math.max(1, Math.floor(rounds / 10)));
}
console.log(`load average after:  ${load()}`);

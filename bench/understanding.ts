/**
 * npm run bench:understanding [-- --rounds N] [-- --compromise]
 * Utterances per second and p50/p99 latency of understand() over the labelled corpus, on one core
 * (one process, no workers). --compromise also times compromise's parse of the same utterances,
 * the cost we would add by using it (see docs/decisions/understanding.md).
 */
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../scripts/eval-understanding.ts';
import { understand } from '../src/understanding/index.ts';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 20;
const texts = loadCorpus().map((entry) => entry.text);

function measure(label: string, read: (text: string) => unknown, roundCount: number): void {
  for (const text of texts) read(text); // warm up the JIT
  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < roundCount; round += 1) {
    for (const text of texts) {
      const before = performance.now();
      read(text);
      latencies.push(performance.now() - before);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  console.log(
    `${label.padEnd(12)} ${latencies.length} utterances in ${seconds.toFixed(2)} s: ${Math.round(latencies.length / seconds)} utt/s, p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${at(1).toFixed(3)} ms`,
  );
}

console.log(`corpus: ${texts.length} utterances, ${rounds} rounds, one core`);
measure('understand', understand, rounds);
const long = 'remind me in 5 minutes if I freeze, my chest is tight. '.repeat(200);
measure('10k chars', () => understand(long), 1);
if (args.includes('--compromise')) {
  const { default: nlp } = await import('compromise');
  measure('compromise', (text) => nlp(text).json(), Math.max(1, Math.floor(rounds / 10)));
}

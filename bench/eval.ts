/**
 * Evaluator throughput: generates a few hundred varied transcripts from the seed's turns (text and
 * JSON Lines, with times, nudge turns and simulator state), then evaluates the folder file by file.
 * Prints transcripts per second; the target is ≥ 500/s. `--count N` changes the folder size.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateTranscript, listTranscriptFiles } from '../src/evaluator/index.ts';
import type { Turn } from '../src/spec/transcript.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { readTranscriptFile, writeTranscriptJsonl, writeTranscriptText } from '../src/transcript/index.ts';
import { understand } from '../src/understanding/index.ts';

const SEED_PATH = new URL('../../shared/reference/seed-session.txt', import.meta.url).pathname;
const countFlag = process.argv.indexOf('--count');
const COUNT = countFlag > 0 ? Number(process.argv[countFlag + 1]) : 400;

// deterministic variety: the same folder every run
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function variants(seedTurns: Turn[], random: () => number): Turn[] {
  // client lines are remixed from the seed's sentences so nearly every one is new (no memo hits)
  const clientSentences = seedTurns
    .filter((turn) => turn.role === 'client')
    .flatMap((turn) => splitSentences(turn.text));
  const clientLine = () =>
    Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => clientSentences[Math.floor(random() * clientSentences.length)],
    ).join(' ');
  const therapists = seedTurns.filter((turn) => turn.role === 'therapist').map((turn) => turn.text);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  const exchanges = 6 + Math.floor(random() * 20);
  const turns: Turn[] = [];
  let at = 0;
  for (let exchange = 0; exchange < exchanges; exchange++) {
    at += 5000 + Math.floor(random() * 40000);
    turns.push({
      role: 'client',
      text: clientLine(),
      at,
      state: { distress: Math.round(random() * 10), fatigue: exchange },
    } as Turn);
    at += 2000;
    turns.push({ role: 'therapist', text: pick(therapists), at });
    if (random() < 0.2) {
      at += 30000;
      turns.push({
        role: 'therapist',
        text: 'Time for the next tiny step: look at the cursor.',
        at,
        nudge: true,
      });
    }
  }
  return turns;
}

const folder = mkdtempSync(join(tmpdir(), 'tinystep-bench-eval-'));
try {
  const seedTurns = readTranscriptFile(SEED_PATH);
  const random = mulberry32(7);
  for (let index = 0; index < COUNT; index++) {
    const turns = variants(seedTurns, random);
    const name = String(index).padStart(4, '0');
    if (index % 2 === 0) writeFileSync(join(folder, `${name}.jsonl`), writeTranscriptJsonl(turns));
    else writeFileSync(join(folder, `${name}.txt`), writeTranscriptText(turns));
  }
  const files = listTranscriptFiles(folder);
  const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  // one warm-up pass so the figure is steady-state, as in a batch run
  for (const file of files.slice(0, 20)) evaluateTranscript(readTranscriptFile(file));
  const started = performance.now();
  let turns = 0;
  for (const file of files) turns += evaluateTranscript(readTranscriptFile(file), { source: file }).turns;
  const seconds = (performance.now() - started) / 1000;
  const understandStarted = performance.now();
  for (const file of files)
    for (const turn of readTranscriptFile(file)) if (turn.role === 'client') understand(turn.text);
  const understandSeconds = (performance.now() - understandStarted) / 1000;
  console.log(
    `bench:eval  ${files.length} transcripts (${turns} turns, ${(bytes / 1024).toFixed(0)} KiB) in ${seconds.toFixed(2)} s`,
  );
  console.log(
    `bench:eval  of which understand() on client turns ≈ ${understandSeconds.toFixed(2)} s (${((understandSeconds / seconds) * 100).toFixed(0)}%)`,
  );
  console.log(
    `bench:eval  ${(files.length / seconds).toFixed(0)} transcripts/s, ${(turns / seconds).toFixed(0)} turns/s (target ≥ 500 transcripts/s)`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}

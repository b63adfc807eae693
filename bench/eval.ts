/**
 * Evaluator throughput over a folder of simulated sessions: plays every persona against the coach and
 * ELIZA (virtual clock, so the coach's nudges and times are real), writes the transcripts as JSON Lines
 * and text, then evaluates the folder file by file (read, parse, score) and prints transcripts per second.
 * Target ≥ 500/s. Three figures, because understand() on client lines dominates:
 * - cold: nothing memoised, every client line understood afresh (the headline figure);
 * - understand() alone on the same client lines (its share of cold);
 * - warm: the same folder again, client lines memoised, i.e. the evaluator's own cost.
 * `--count N` sets about how many transcripts (default 200).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateTranscript, listTranscriptFiles } from '../src/evaluator/index.ts';
import { clearUnderstandCache } from '../src/evaluator/understand-cached.ts';
import { runBatch } from '../src/runner/run-batch.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import { readTranscriptFile } from '../src/transcript/index.ts';
import { understand } from '../src/understanding/index.ts';

const countFlag = process.argv.indexOf('--count');
// a folder of a thousand sessions: long enough that the figure is the steady state, not JIT warm-up
const COUNT = countFlag > 0 ? Number(process.argv[countFlag + 1]) : 1000;

function evaluateFolder(files: readonly string[]): { seconds: number; turns: number } {
  const started = performance.now();
  let turns = 0;
  for (const file of files) turns += evaluateTranscript(readTranscriptFile(file), { source: file }).turns;
  return { seconds: (performance.now() - started) / 1000, turns };
}

const folder = mkdtempSync(join(tmpdir(), 'tinystep-bench-eval-'));
try {
  const personas = loadPersonaDirectory();
  const therapists = [{ kind: 'coach' as const }, { kind: 'eliza' as const }];
  const sessions = Math.max(1, Math.ceil(COUNT / (personas.length * therapists.length)));
  const generated = performance.now();
  const records = await runBatch({
    personas,
    therapists,
    sessions,
    seed: 7,
    maxTurns: 25,
    workers: 0,
    keepTranscripts: true,
    measure: false,
  });
  records.forEach((record, index) => {
    const name = `${String(index).padStart(4, '0')}-${record.persona}-${record.therapist}`;
    // both forms the evaluator reads: JSON Lines carries the simulator's state, text the [mm:ss] times
    if (index % 2 === 0 && record.jsonl) writeFileSync(join(folder, `${name}.jsonl`), record.jsonl);
    else if (record.text) writeFileSync(join(folder, `${name}.txt`), record.text);
  });
  const files = listTranscriptFiles(folder);
  const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  console.log(
    `bench:eval  generated ${files.length} simulated sessions (${personas.length} personas × coach, eliza; ${(bytes / 1024).toFixed(0)} KiB) in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
  );

  // warm up the code paths (JIT), then forget every memoised client line
  evaluateFolder(files.slice(0, 10));
  clearUnderstandCache();
  const cold = evaluateFolder(files);

  const clientLines = files.flatMap((file) =>
    readTranscriptFile(file)
      .filter((turn) => turn.role === 'client')
      .map((turn) => turn.text),
  );
  const understandStarted = performance.now();
  for (const line of clientLines) understand(line);
  const understandSeconds = (performance.now() - understandStarted) / 1000;

  const warm = evaluateFolder(files);
  const perSecond = (count: number, seconds: number) => (count / seconds).toFixed(0);
  console.log(
    `bench:eval  cold: ${perSecond(files.length, cold.seconds)} transcripts/s (${perSecond(cold.turns, cold.seconds)} turns/s, ${cold.seconds.toFixed(2)} s) — target ≥ 500 transcripts/s`,
  );
  console.log(
    `bench:eval  of which understand() on ${clientLines.length} client lines ≈ ${understandSeconds.toFixed(2)} s (${((understandSeconds / cold.seconds) * 100).toFixed(0)}%, ${((understandSeconds / clientLines.length) * 1000).toFixed(2)} ms a line)`,
  );
  console.log(
    `bench:eval  warm (client lines memoised; the evaluator's own cost): ${perSecond(files.length, warm.seconds)} transcripts/s (${((warm.seconds / files.length) * 1000).toFixed(2)} ms a transcript)`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/**
 * Evaluator throughput over a folder of simulated sessions: plays every persona against the coach and
 * ELIZA (virtual clock, so the coach's nudges and times are real), writes the transcripts as JSON Lines
 * and text, then evaluates the folder file by file (read, parse, score) and prints transcripts per second.
 * Target ≥ 500/s. The figures:
 * - cold: every memo forgotten before the round (client lines, therapist sentences), so nothing is
 *   carried over from an earlier pass, with the code already compiled (the steady state of a long
 *   folder); the median of several rounds, because this shared 2-core machine's speed drifts by a
 *   quarter from one second to the next (the CPU time is printed too);
 * - understanding's share of cold: the client lines read again on their own;
 * - warm: the same folder with every memo full, i.e. the evaluator's own cost;
 * - the CLI: `tinystep eval <folder> --json` in a fresh process, start-up and JIT warm-up included.
 * - the baseline: the same folder with the MITI coding switched off (`coding: false`, the evaluator as it
 *   was before it coded utterances), in the same rounds, interleaved, so drift hits both alike;
 * - the evaluator as it was when issue 19 was filed (commit d03d8ea, BEFORE_ISSUE_19), extracted from git
 *   history into a temporary folder and imported into this process: the same folder and the same
 *   100-turn transcript, in the same rounds. Without git history (a shallow clone, a tarball) that
 *   column is skipped with a message;
 * - a 100-turn transcript (the seed-like sessions joined) with and without the MITI coding and with
 *   d03d8ea's evaluator: medians and their ratios; issue 19's target is at most 2× d03d8ea's median.
 * `--count N` sets about how many transcripts (default 1000), `--rounds N` the cold rounds (default 5).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateTranscript, listTranscriptFiles, summarizeFile } from '../src/evaluator/index.ts';
import { clearEvaluatorMemos } from '../src/evaluator/memos.ts';
import { understandCached } from '../src/evaluator/understand-cached.ts';
import { runBatch } from '../src/runner/run-batch.ts';
import { loadPersonaDirectory } from '../src/simulator/load-persona.ts';
import type { Turn } from '../src/spec/transcript.ts';
import { readTranscriptFile } from '../src/transcript/index.ts';
import { analyse } from '../src/understanding/index.ts';
import { loadEvaluatorAtCommit } from './support/evaluator-at-commit.ts';

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}
// a folder of a thousand sessions: long enough that the figure is the steady state, not JIT warm-up
const COUNT = flag('--count', 1000);
const ROUNDS = Math.max(1, flag('--rounds', 5));
/** The evaluator as it was when issue 19 was filed: its speed target is measured against this one. */
const BEFORE_ISSUE_19 = 'd03d8ea';

type Round = { seconds: number; cpuSeconds: number; turns: number };

function timeFolder(files: readonly string[], summarize: (file: string) => { turns: number }): Round {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let turns = 0;
  for (const file of files) turns += summarize(file).turns;
  const used = process.cpuUsage(cpu);
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    turns,
  };
}

const evaluateFolder = (files: readonly string[], coding = true) =>
  timeFolder(files, (file) => summarizeFile(file, { coding }));

const median = (values: number[]) =>
  values.slice().sort((left, right) => left - right)[Math.floor(values.length / 2)];

const folder = mkdtempSync(join(tmpdir(), 'tinystep-bench-eval-'));
const before = await loadEvaluatorAtCommit(BEFORE_ISSUE_19);
if (typeof before === 'string') console.log(`bench:eval  ${before}`);
const old = typeof before === 'string' ? undefined : before;
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
  records.length = 0;
  const files = listTranscriptFiles(folder);
  const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  console.log(
    `bench:eval  generated ${files.length} simulated sessions (${personas.length} personas × coach, eliza; ${(bytes / 1024).toFixed(0)} KiB) in ${((performance.now() - generated) / 1000).toFixed(1)} s; load average ${loadavg()[0].toFixed(2)}`,
  );

  // one unmeasured pass first: the JIT compiles the evaluator's paths for the whole folder (a pass
  // over 20 files left the first measured rounds a third slower than the rest). Each measured round
  // then starts with no memo; start-up and JIT warm-up are in the CLI figure below
  evaluateFolder(files);
  evaluateFolder(files, false);
  if (old) timeFolder(files, old.summarizeFile);
  const rounds: Round[] = [];
  const baselineRounds: Round[] = [];
  const oldRounds: Round[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (old) {
      old.clearEvaluatorMemos();
      oldRounds.push(timeFolder(files, old.summarizeFile));
    }
    clearEvaluatorMemos();
    baselineRounds.push(evaluateFolder(files, false));
    clearEvaluatorMemos();
    rounds.push(evaluateFolder(files));
  }
  const perSecond = (count: number, seconds: number) => (count / seconds).toFixed(0);
  const coldSeconds = median(rounds.map((round) => round.seconds));
  const coldCpu = median(rounds.map((round) => round.cpuSeconds));
  const spread = rounds.map((round) => perSecond(files.length, round.seconds)).join(', ');
  console.log(
    `bench:eval  cold: ${perSecond(files.length, coldSeconds)} transcripts/s median of ${ROUNDS} rounds (${spread}); ${perSecond(rounds[0].turns, coldSeconds)} turns/s, ${((coldSeconds / files.length) * 1000).toFixed(2)} ms a transcript, ${((coldCpu / files.length) * 1000).toFixed(2)} ms CPU — target ≥ 500 transcripts/s`,
  );

  const baselineSeconds = median(baselineRounds.map((round) => round.seconds));
  console.log(
    `bench:eval  baseline (same rounds, MITI coding off): ${perSecond(files.length, baselineSeconds)} transcripts/s; with MITI coding ${perSecond(files.length, coldSeconds)} transcripts/s — ${(coldSeconds / baselineSeconds).toFixed(2)}× the baseline's time`,
  );
  if (old) {
    const oldSeconds = median(oldRounds.map((round) => round.seconds));
    console.log(
      `bench:eval  ${old.commit} (before issue 19, same rounds, its own reader): ${perSecond(files.length, oldSeconds)} transcripts/s; today with MITI coding — ${(coldSeconds / oldSeconds).toFixed(2)}× its time`,
    );
  }
  // a 100-turn transcript: sessions joined until there are 100 turns, timed with and without coding
  const long: Turn[] = [];
  for (const file of files) {
    if (long.length >= 100) break;
    long.push(...readTranscriptFile(file));
  }
  const hundred = long.slice(0, 100);
  // wall time and this process's CPU time: on a shared machine the wall clock also counts the time
  // other processes held the cores, the CPU time only this run's own work
  type Timing = { wall: number; cpu: number };
  const time = (clear: () => void, evaluate: () => unknown): Timing => {
    clear();
    const cpu = process.cpuUsage();
    const started = performance.now();
    evaluate();
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
  };
  const timeOne = (coding: boolean) =>
    time(clearEvaluatorMemos, () => evaluateTranscript(hundred, { coding }));
  const timeOld = () =>
    old ? time(old.clearEvaluatorMemos, () => old.evaluateTranscript(hundred)) : undefined;
  // the client lines alone, read as each evaluator reads them: what understanding costs in each
  const clientTexts = hundred.filter((turn) => turn.role === 'client').map((turn) => turn.text);
  const understandAll = (understand: (text: string) => unknown) => () => {
    for (const text of clientTexts) understand(text);
  };
  const timeUnderstanding = () => time(clearEvaluatorMemos, understandAll(understandCached));
  const timeOldUnderstanding = () =>
    old ? time(old.clearEvaluatorMemos, understandAll(old.understandCached)) : undefined;
  for (let warm = 0; warm < 20; warm++) {
    timeOne(warm % 2 === 0);
    timeOld();
    timeUnderstanding();
    timeOldUnderstanding();
  }
  const withCoding: Timing[] = [];
  const withoutCoding: Timing[] = [];
  const beforeIssue: Timing[] = [];
  const understanding: Timing[] = [];
  const oldUnderstanding: Timing[] = [];
  for (let run = 0; run < 101; run++) {
    const oldRun = timeOld();
    if (oldRun) beforeIssue.push(oldRun);
    withoutCoding.push(timeOne(false));
    withCoding.push(timeOne(true));
    understanding.push(timeUnderstanding());
    const oldUnderstandingRun = timeOldUnderstanding();
    if (oldUnderstandingRun) oldUnderstanding.push(oldUnderstandingRun);
  }
  const wall = (runs: Timing[]) => median(runs.map((run) => run.wall));
  const cpuTime = (runs: Timing[]) => median(runs.map((run) => run.cpu));
  const hundredRatio = wall(withCoding) / wall(withoutCoding);
  const hundredCpuRatio = cpuTime(withCoding) / cpuTime(withoutCoding);
  console.log(
    `bench:eval  100-turn transcript, cold memos, median of 101: ${wall(withoutCoding).toFixed(2)} ms MITI coding off, ${wall(withCoding).toFixed(2)} ms with MITI coding — ${hundredRatio.toFixed(2)}× wall; CPU ${cpuTime(withoutCoding).toFixed(2)} ms vs ${cpuTime(withCoding).toFixed(2)} ms — ${hundredCpuRatio.toFixed(2)}×`,
  );
  if (old) {
    const oldRatio = wall(withCoding) / wall(beforeIssue);
    const oldCpuRatio = cpuTime(withCoding) / cpuTime(beforeIssue);
    console.log(
      `bench:eval  100-turn transcript vs ${old.commit} (the evaluator before issue 19), same runs: ${wall(beforeIssue).toFixed(2)} ms vs ${wall(withCoding).toFixed(2)} ms today — ${oldRatio.toFixed(2)}× wall; CPU ${cpuTime(beforeIssue).toFixed(2)} ms vs ${cpuTime(withCoding).toFixed(2)} ms — ${oldCpuRatio.toFixed(2)}× (target ≤ 2×) ${oldCpuRatio <= 2 ? 'ok' : 'OVER'}`,
    );
    const split = (total: Timing[], understanding: Timing[]) =>
      `${cpuTime(understanding).toFixed(2)} ms understanding the ${clientTexts.length} client lines + ${(cpuTime(total) - cpuTime(understanding)).toFixed(2)} ms the rest`;
    console.log(
      `bench:eval  where the CPU time goes: ${old.commit} ${split(beforeIssue, oldUnderstanding)}; today ${split(withCoding, understanding)} (the rest: reading therapist turns, MITI coding, scores)`,
    );
  }

  const clientLines = files.flatMap((file) =>
    readTranscriptFile(file)
      .filter((turn) => turn.role === 'client')
      .map((turn) => turn.text),
  );
  const scored = new Set(['request', 'risk'] as const);
  const understandStarted = performance.now();
  for (const line of clientLines) analyse(line, { kinds: scored });
  const understandSeconds = (performance.now() - understandStarted) / 1000;
  console.log(
    `bench:eval  of which understanding (requests and risk) on ${clientLines.length} client lines ≈ ${understandSeconds.toFixed(2)} s (${((understandSeconds / coldSeconds) * 100).toFixed(0)}%, ${((understandSeconds / clientLines.length) * 1000).toFixed(3)} ms a line)`,
  );

  const warm = evaluateFolder(files);
  console.log(
    `bench:eval  warm (every memo full; the evaluator's own cost): ${perSecond(files.length, warm.seconds)} transcripts/s (${((warm.seconds / files.length) * 1000).toFixed(2)} ms a transcript)`,
  );

  const cliStarted = performance.now();
  const cli = spawnSync(resolve(import.meta.dirname, '../bin/tinystep'), ['eval', folder, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const cliSeconds = (performance.now() - cliStarted) / 1000;
  if (cli.status !== 0) throw new Error(`tinystep eval failed: ${cli.stderr.trim()}`);
  const evaluated = (JSON.parse(cli.stdout) as { transcripts: number }).transcripts;
  console.log(
    `bench:eval  CLI: 'tinystep eval <folder> --json' on ${evaluated} transcripts in ${cliSeconds.toFixed(2)} s, start-up included: ${perSecond(evaluated, cliSeconds)} transcripts/s`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
  old?.dispose();
}

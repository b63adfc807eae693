import type { Command } from 'commander';
import { parseCount, resolvePersonas } from '../../runner/cli-options.ts';
import { parseTherapistSpec } from '../../runner/resolve-therapist.ts';
import { runBatch } from '../../runner/run-batch.ts';
import { markdownTable, summarizeRuns } from '../../runner/summarize.ts';
import { type CliContext, writeLine } from '../context.ts';
import { createProgress } from './bench-progress.ts';

type BenchFlags = {
  personas?: string;
  therapists: string;
  model?: string;
  sessions?: string;
  seed?: string;
  maxTurns?: string;
  workers?: string;
  json?: boolean;
};

export function registerBench(program: Command, context: CliContext): void {
  program
    .command('bench')
    .description('play personas × therapists × sessions in worker threads and compare the therapists')
    .option(
      '--personas <ids|dir>',
      'comma-separated persona ids or files, or a directory of cards (default: all shipped)',
    )
    .option('--therapists <list>', 'comma-separated: coach, eliza, or OpenAI-compatible URLs', 'coach,eliza')
    .option('--model <name>', 'model name for URL therapists')
    .option('--sessions <n>', 'sessions per persona × therapist', '5')
    .option('--seed <n>', 'seed: the same seed gives the same sessions', '1')
    .option('--max-turns <n>', 'client turns per session at most', '25')
    .option('--workers <n>', 'worker threads (default: one per core; 0 runs in this thread)')
    .option('--json', 'print {"runs": [...]} instead of a table')
    .addHelpText(
      'after',
      '\nExample:\n  tinystep bench --personas seed-client,exam-avoider --therapists coach,eliza --sessions 10 --json',
    )
    .action(async (flags: BenchFlags) => {
      const personas = resolvePersonas(flags.personas, context.cwd);
      const therapists = flags.therapists
        .split(',')
        .filter((name) => name.trim())
        .map((name) => parseTherapistSpec(name, flags.model));
      const sessions = parseCount('--sessions', flags.sessions, 5, 1, 100_000);
      const seed = parseCount('--seed', flags.seed, 1, 0, 2 ** 32 - 1);
      const maxTurns = parseCount('--max-turns', flags.maxTurns, 25, 1, 500);
      const workers =
        flags.workers === undefined ? undefined : parseCount('--workers', flags.workers, 2, 0, 64);
      const progress = createProgress(context);
      const started = performance.now();
      const records = await runBatch({
        personas,
        therapists,
        sessions,
        seed,
        maxTurns,
        workers,
        signal: context.signal,
        onProgress: progress.update,
      }).finally(progress.stop);
      const runs = summarizeRuns(records);
      if (flags.json) {
        writeLine(context.stdout, JSON.stringify({ runs }));
        return;
      }
      writeLine(context.stdout, markdownTable(runs));
      const seconds = (performance.now() - started) / 1000;
      writeLine(context.stdout, `\n${records.length} sessions in ${seconds.toFixed(1)} s (seed ${seed})`);
    });
}

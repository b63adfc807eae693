import type { Command } from 'commander';
import { addLlmOptions } from '../../llm/config.ts';
import { parseCount, resolvePersonas } from '../../runner/cli-options.ts';
import { resolveClient } from '../../runner/resolve-client.ts';
import { parseTherapistSpec } from '../../runner/resolve-therapist.ts';
import { DEFAULT_LLM_CONCURRENCY, runBatch } from '../../runner/run-batch.ts';
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
  client?: string;
  concurrency?: string;
  llm?: string;
  llmBaseUrl?: string;
  llmModel?: string;
};

export function registerBench(program: Command, context: CliContext): void {
  const command = program
    .command('bench')
    .description('play personas × therapists × sessions in worker threads and compare the therapists')
    .option(
      '--personas <ids|dir>',
      'comma-separated persona ids or files, or a directory of cards (default: all shipped)',
    )
    .option(
      '--therapists <list>',
      'comma-separated: coach, eliza, generic-advice, reflective (bench fixtures), or OpenAI-compatible URLs',
      'coach,eliza',
    )
    .option('--model <name>', 'model name for URL therapists')
    .option('--sessions <n>', 'sessions per persona × therapist', '5')
    .option('--seed <n>', 'seed: the same seed gives the same sessions', '1')
    .option('--max-turns <n>', 'client turns per session at most', '25')
    .option('--client <rule|llm>', 'who plays the client: rule (default) or llm (a model, see --llm)', 'rule')
    .option(
      '--concurrency <n>',
      `sessions at once with --client llm, played in this thread (default ${DEFAULT_LLM_CONCURRENCY})`,
    )
    .option('--workers <n>', 'worker threads (default: one per core; 0 runs in this thread)')
    .option('--json', 'print {"runs": [...]} instead of a table')
    .addHelpText(
      'after',
      '\nExamples:\n  tinystep bench --personas seed-client,exam-avoider --therapists coach,eliza --sessions 10 --json' +
        '\n  tinystep bench --personas seed-client --therapists coach,eliza --sessions 2 --client llm \\\n' +
        '    --llm openai-compatible --llm-base-url http://localhost:11434/v1 --llm-model llama3.2',
    );
  addLlmOptions(command).action(async (flags: BenchFlags) => {
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
    const concurrency = parseCount('--concurrency', flags.concurrency, DEFAULT_LLM_CONCURRENCY, 1, 64);
    // a bad --client or LLM configuration stops here, before any session starts
    const client = resolveClient({ client: flags.client, env: context.env, flags });
    const progress = createProgress(
      context,
      client.kind === 'llm' ? `LLM client, ${concurrency} sessions at once` : undefined,
    );
    // slow runs show the bar (or line) at once, not when the first session finishes
    if (client.kind === 'llm') progress.update(0, personas.length * therapists.length * sessions);
    const started = performance.now();
    const records = await runBatch({
      personas,
      therapists,
      sessions,
      seed,
      maxTurns,
      workers,
      client,
      concurrency,
      signal: context.signal,
      onProgress: progress.update,
    }).finally(progress.stop);
    const runs = summarizeRuns(records);
    const notes = records.filter((record) => record.note);
    if (notes.length > 0) {
      writeLine(
        context.stderr,
        `${notes.length} of ${records.length} sessions ended early because the LLM client kept failing; first: ${notes[0].note}`,
      );
    }
    if (flags.json) {
      writeLine(context.stdout, JSON.stringify({ runs }));
      return;
    }
    writeLine(context.stdout, markdownTable(runs));
    const seconds = (performance.now() - started) / 1000;
    writeLine(context.stdout, `\n${records.length} sessions in ${seconds.toFixed(1)} s (seed ${seed})`);
  });
}

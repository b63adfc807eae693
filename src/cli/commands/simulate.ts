import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Command } from 'commander';
import { addLlmOptions } from '../../llm/config.ts';
import { parseCount, slug } from '../../runner/cli-options.ts';
import { resolveClient } from '../../runner/resolve-client.ts';
import { parseTherapistSpec } from '../../runner/resolve-therapist.ts';
import { runBatch } from '../../runner/run-batch.ts';
import { markdownTable, summarizeRuns } from '../../runner/summarize.ts';
import { loadPersona } from '../../simulator/load-persona.ts';
import { TinystepError } from '../../spec/errors.ts';
import { type CliContext, writeLine } from '../context.ts';

type SimulateFlags = {
  persona?: string;
  therapist: string;
  model?: string;
  sessions?: string;
  seed?: string;
  maxTurns?: string;
  out?: string;
  client?: string;
  llm?: string;
  llmBaseUrl?: string;
  llmModel?: string;
};

export function registerSimulate(program: Command, context: CliContext): void {
  const command = program
    .command('simulate')
    .description('play a therapist against a simulated client from a persona card')
    .requiredOption('--persona <id|file>', 'a shipped persona id (see personas/) or a .yaml card')
    .option(
      '--therapist <coach|eliza|URL>',
      'who plays the therapist: coach, eliza, or an OpenAI-compatible URL',
      'coach',
    )
    .option('--model <name>', 'model name, for a URL therapist')
    .option('--client <rule|llm>', 'who plays the client: rule (default) or llm (a model, see --llm)', 'rule')
    .option('--sessions <n>', 'how many sessions to play', '1')
    .option('--seed <n>', 'seed: the same seed gives the same transcripts', '1')
    .option('--max-turns <n>', 'client turns per session at most', '25')
    .option(
      '--out <dir>',
      'write transcripts (.txt and .jsonl) and summary.json here instead of printing transcripts',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  tinystep simulate --persona seed-client --therapist eliza --sessions 3 --out runs/' +
        '\n  tinystep simulate --persona seed-client --client llm --llm openai-compatible \\\n' +
        '    --llm-base-url http://localhost:11434/v1 --llm-model llama3.2 --out runs/',
    );
  addLlmOptions(command).action(async (flags: SimulateFlags) => {
    const persona = loadPersona(flags.persona ?? '', context.cwd);
    const spec = parseTherapistSpec(flags.therapist, flags.model);
    // a bad --client or LLM configuration stops here, before any session starts
    const client = resolveClient({ client: flags.client, env: context.env, flags });
    const sessions = parseCount('--sessions', flags.sessions, 1, 1, 10_000);
    const seed = parseCount('--seed', flags.seed, 1, 0, 2 ** 32 - 1);
    const maxTurns = parseCount('--max-turns', flags.maxTurns, 25, 1, 500);
    const records = await runBatch({
      personas: [persona],
      therapists: [spec],
      sessions,
      seed,
      maxTurns,
      workers: 0,
      client,
      keepTranscripts: true,
      signal: context.signal,
    });
    const runs = summarizeRuns(records);
    const sessionsSummary = records.map(({ text: _text, jsonl: _jsonl, ...figures }) => figures);
    if (flags.out) {
      const directory = isAbsolute(flags.out) ? flags.out : join(context.cwd, flags.out);
      try {
        mkdirSync(directory, { recursive: true });
        for (const record of records) {
          const clientPart = record.client === 'llm' ? '-llm-client' : '';
          const base = `${record.persona}${clientPart}-${slug(record.therapist)}-${record.sessionIndex + 1}`;
          writeFileSync(join(directory, `${base}.txt`), record.text ?? '');
          writeFileSync(join(directory, `${base}.jsonl`), record.jsonl ?? '');
        }
        writeFileSync(
          join(directory, 'summary.json'),
          `${JSON.stringify({ seed, runs, sessions: sessionsSummary }, null, 2)}\n`,
        );
      } catch (error) {
        throw new TinystepError('storage', `cannot write to ${directory}: ${(error as Error).message}`, {
          hint: 'pass --out a directory you can write to',
        });
      }
      writeLine(context.stdout, `wrote ${records.length * 2} transcripts and summary.json to ${directory}`);
    } else {
      for (const record of records) {
        writeLine(
          context.stdout,
          `# session ${record.sessionIndex + 1} (seed ${record.seed}, ended: ${record.end})\n`,
        );
        writeLine(context.stdout, record.text ?? '');
      }
    }
    writeLine(context.stdout, markdownTable(runs));
    const variety = sessionsSummary.map(
      (record) =>
        `session ${record.sessionIndex + 1}: client distinct-2 ${record.clientDistinct2}, MTLD ${record.clientMtld}, self-repeats ${record.clientRepeats}`,
    );
    writeLine(context.stdout, `\n${variety.join('\n')}`);
    // why a session ended abnormally goes to stderr: it names the endpoint, never session text
    for (const record of records) {
      if (record.note) writeLine(context.stderr, `session ${record.sessionIndex + 1}: ${record.note}`);
    }
  });
}

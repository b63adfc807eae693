import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  evaluateDirectory,
  evaluateTranscript,
  type FileProblem,
  renderHtmlAggregate,
  renderHtmlReport,
  renderMarkdownAggregate,
  renderMarkdownReport,
  toEvaluationJson,
} from '../../evaluator/index.ts';
import { TinystepError } from '../../spec/errors.ts';
import { readTranscriptFile } from '../../transcript/index.ts';
import { type CliContext, writeLine } from '../context.ts';

type EvalFlags = { json?: boolean; md?: boolean; html?: string };

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    throw new TinystepError('not-found', `${path}: no such file or folder`, { hint: 'check the path' });
  }
}

export function registerEval(program: Command, context: CliContext): void {
  program
    .command('eval')
    .description(
      'score a transcript (or a folder of them): requests answered, promises kept, repeats, listening, safety',
    )
    .argument('<transcript>', 'a transcript (.txt, .jsonl, .json messages, .csv) or a folder of them')
    .option('--json', 'print the metrics as one JSON document')
    .option('--md', 'print the Markdown report (the default)')
    .option('--html <file>', 'write a self-contained HTML report to <file>')
    .addHelpText(
      'after',
      '\nExamples:\n  tinystep eval session.txt\n  tinystep eval session.jsonl --json\n  tinystep eval runs/ --html report.html',
    )
    .action((target: string, flags: EvalFlags) => {
      const chosen = [flags.json, flags.md, flags.html !== undefined].filter(Boolean).length;
      if (chosen > 1) {
        throw new TinystepError('usage', 'choose one of --json, --md and --html', {
          hint: 'run the command once per format',
        });
      }
      const path = resolve(context.cwd, target);
      if (isDirectory(path)) {
        const aggregate = evaluateDirectory(path);
        if (flags.json) writeLine(context.stdout, JSON.stringify(aggregate));
        else if (flags.html !== undefined) writeHtml(context, flags.html, renderHtmlAggregate(aggregate));
        else context.stdout.write(renderMarkdownAggregate(aggregate));
        reportProblems(context, aggregate.problems ?? [], aggregate.transcripts);
        return;
      }
      const result = evaluateTranscript(readTranscriptFile(path), { source: target });
      if (flags.json) writeLine(context.stdout, JSON.stringify(toEvaluationJson(result)));
      else if (flags.html !== undefined) writeHtml(context, flags.html, renderHtmlReport(result));
      else context.stdout.write(renderMarkdownReport(result));
    });
}

// every bad file on stderr (file:line, what, what to do), then a non-zero exit once the rest are scored
function reportProblems(context: CliContext, problems: readonly FileProblem[], scored: number): void {
  if (problems.length === 0) return;
  for (const problem of problems) {
    writeLine(context.stderr, `tinystep: ${problem.file}:${problem.line}: ${problem.message}`);
    writeLine(context.stderr, `  hint: ${problem.hint}`);
  }
  throw new TinystepError(
    'invalid-input',
    `${problems.length} ${problems.length === 1 ? 'file' : 'files'} could not be scored; ${scored} scored`,
    { hint: 'fix or remove the files listed above and run again' },
  );
}

function writeHtml(context: CliContext, target: string, html: string): void {
  const path = resolve(context.cwd, target);
  try {
    writeFileSync(path, html);
  } catch (error) {
    throw new TinystepError('invalid-input', `${target}: cannot write the report here`, {
      hint: 'give a path in a folder you can write to',
      cause: error,
    });
  }
  writeLine(context.stdout, `wrote ${target}`);
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isTinystepError, TinystepError } from '../spec/errors.ts';
import { conversationList } from '../transcript/index.ts';
import { type FileSummary, summarizeFile } from './file-summary.ts';
import type { EvaluationSummary } from './types.ts';

/** A file of the folder that could not be scored: where, what was wrong, what to do. */
export type FileProblem = { file: string; line: number; message: string; hint: string };

export type AggregateResult = {
  transcripts: number;
  files: FileSummary[];
  /** each summary key averaged over the files where it applies (null everywhere → null) */
  mean: Record<string, number | null>;
  /** files that could not be read or parsed; the rest were scored */
  problems?: FileProblem[];
  /** JSON files that hold no conversation (e.g. `simulate --out`'s summary.json), left alone */
  skipped?: string[];
};

const TRANSCRIPT_FILE = /\.(txt|jsonl|ndjson|json|csv|tsv)$/i;

/**
 * The transcript files in a folder (not recursive), sorted so reports are stable. A session saved
 * in both forms (`simulate --out` writes x.txt and x.jsonl) counts once, as JSON Lines, which
 * keeps the simulated client's state for the charts.
 */
export function listTranscriptFiles(directory: string): string[] {
  const names = readdirSync(directory).filter((name) => TRANSCRIPT_FILE.test(name));
  const jsonl = new Set(
    names.filter((name) => /\.jsonl$/i.test(name)).map((name) => name.replace(/\.jsonl$/i, '')),
  );
  return names
    .filter((name) => !/\.txt$/i.test(name) || !jsonl.has(name.replace(/\.txt$/i, '')))
    .sort()
    .map((name) => join(directory, name))
    .filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    });
}

export function averageSummaries(summaries: readonly EvaluationSummary[]): Record<string, number | null> {
  const mean: Record<string, number | null> = {};
  const keys = [...new Set(summaries.flatMap((summary) => Object.keys(summary)))];
  for (const key of keys) {
    const values = summaries
      .map((summary) => summary[key])
      .filter((value): value is number => typeof value === 'number');
    mean[key] =
      values.length === 0
        ? null
        : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 1000) / 1000;
  }
  return mean;
}

export function aggregateSummaries(files: FileSummary[]): AggregateResult {
  return { transcripts: files.length, files, mean: averageSummaries(files.map((file) => file.summary)) };
}

/** "path:12: what" → 12; errors without a line point at the file's first line. */
function problemOf(file: string, error: unknown): FileProblem {
  if (isTinystepError(error)) {
    const line = /:(\d+):/.exec(error.message.slice(file.length))?.[1];
    const message = error.message.startsWith(file)
      ? error.message.slice(file.length).replace(/^:\d+:\s*|^:\s*/, '')
      : error.message;
    return { file, line: line ? Number(line) : 1, message, hint: error.hint ?? 'fix the file and run again' };
  }
  const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    file,
    line: 1,
    message: `could not be scored (${text.slice(0, 120)})`,
    hint: 'report this file to the tinystep maintainers; the other files were scored',
  };
}

// a .json file that parses but holds no list of messages is some other tool's file, not a transcript
function isOtherJson(file: string): boolean {
  if (!/\.json$/i.test(file)) return false;
  try {
    if (statSync(file).size > 5 * 1024 * 1024) return false;
    return conversationList(JSON.parse(readFileSync(file, 'utf8'))) === undefined;
  } catch {
    return false;
  }
}

/**
 * Evaluates every transcript in a folder (text, JSON Lines, JSON messages, CSV), keeping only each
 * file's summary, so a folder of any size evaluates in little memory. A file that cannot be read
 * or parsed never stops the run: it is listed in `problems` and the rest are scored. (Worker
 * threads were tried: on 2 cores they made a 3,000-file folder no faster.)
 */
export function evaluateDirectory(directory: string): AggregateResult {
  const files = listTranscriptFiles(directory);
  const summaries: FileSummary[] = [];
  const problems: FileProblem[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (isOtherJson(file)) {
      skipped.push(file);
      continue;
    }
    try {
      summaries.push(summarizeFile(file));
    } catch (error) {
      problems.push(problemOf(file, error));
    }
  }
  if (summaries.length === 0 && problems.length === 0) {
    throw new TinystepError('invalid-input', `${directory}: no transcripts in this folder`, {
      hint: "write .txt, .jsonl, .json or .csv transcripts there first, e.g. 'tinystep simulate --out <dir>'",
    });
  }
  const aggregate = aggregateSummaries(summaries);
  return {
    ...aggregate,
    ...(problems.length ? { problems } : {}),
    ...(skipped.length ? { skipped } : {}),
  };
}

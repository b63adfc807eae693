import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TinystepError } from '../spec/errors.ts';
import { type FileSummary, summarizeFile } from './file-summary.ts';
import type { EvaluationSummary } from './types.ts';

export type AggregateResult = {
  transcripts: number;
  files: FileSummary[];
  /** each summary key averaged over the files where it applies (null everywhere → null) */
  mean: Record<string, number | null>;
};

const TRANSCRIPT_FILE = /\.(txt|jsonl)$/i;

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
    .filter((path) => statSync(path).isFile());
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

/**
 * Evaluates every *.txt and *.jsonl transcript in a folder (e.g. `tinystep simulate --out dir`),
 * keeping only each file's summary, so a folder of any size evaluates in little memory. (Worker
 * threads were tried: on 2 cores they made a 3,000-file folder no faster.)
 */
export function evaluateDirectory(directory: string): AggregateResult {
  const files = listTranscriptFiles(directory);
  if (files.length === 0) {
    throw new TinystepError('invalid-input', `${directory}: no *.txt or *.jsonl transcripts in this folder`, {
      hint: "write transcripts there first, e.g. 'tinystep simulate --out <dir>'",
    });
  }
  return aggregateSummaries(files.map(summarizeFile));
}

import { readTranscriptFile } from '../transcript/index.ts';
import { evaluateTranscript } from './evaluate.ts';
import type { EvaluationSummary } from './types.ts';

/** What a folder's aggregate keeps of each transcript: a thousand full results would not fit so lightly. */
export type FileSummary = { file: string; turns: number; summary: EvaluationSummary };

export function summarizeFile(file: string, options: { coding?: boolean } = {}): FileSummary {
  const result = evaluateTranscript(readTranscriptFile(file), { source: file, ...options });
  return { file, turns: result.turns, summary: result.summary };
}

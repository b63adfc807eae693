export {
  type AggregateResult,
  aggregateSummaries,
  evaluateDirectory,
  type FileProblem,
  listTranscriptFiles,
} from './aggregate.ts';
export { type EvaluationJson, toEvaluationJson } from './contract-json.ts';
export { evaluateTranscript } from './evaluate.ts';
export { type FileSummary, summarizeFile } from './file-summary.ts';
export { renderHtmlAggregate, renderHtmlReport } from './html-report.ts';
export { renderMarkdownAggregate, renderMarkdownReport } from './markdown-report.ts';
export { readTherapistTurn } from './therapist-turn.ts';
export type * from './therapist-turn-types.ts';
export type * from './types.ts';

export {
  type AggregateResult,
  aggregateSummaries,
  evaluateDirectory,
  type FileProblem,
  listTranscriptFiles,
} from './aggregate.ts';
export { codeClientTurn } from './coding/client-talk.ts';
/**
 * The MITI 4.2.1 coder. Per utterance: `codeTherapistUtterance(text, { clientText })`; per turn:
 * `codeTherapistTurn(text, { clientText, previousTherapistText })` (split into utterances); client
 * talk: `codeClientTurn(text)`; a whole session with summary scores and estimated globals:
 * `codeSession(turns)`. `readTherapistTurn` above stays as it was.
 */
export { codeSession, type SessionCoding, type TurnCoding } from './coding/code-session.ts';
export type { GlobalEstimate, GlobalEstimates } from './coding/global-ratings.ts';
export {
  type CodedUtterance,
  codeTherapistTurn,
  codeTherapistUtterance,
  splitTherapistUtterances,
  type UtteranceContext,
} from './coding/miti-coder.ts';
export { MITI_THRESHOLDS, type MitiSummary, summarizeMiti } from './coding/miti-summary.ts';
export {
  type ClientCode,
  type MainClass,
  mainClassOf,
  THERAPIST_CODES,
  type TherapistCode,
} from './coding/miti-vocabulary.ts';
export { type EvaluationJson, toEvaluationJson } from './contract-json.ts';
export { evaluateTranscript } from './evaluate.ts';
export { type FileSummary, summarizeFile } from './file-summary.ts';
export { renderHtmlAggregate, renderHtmlReport } from './html-report.ts';
export { renderMarkdownAggregate, renderMarkdownReport } from './markdown-report.ts';
export { readTherapistTurn } from './therapist-turn.ts';
export type * from './therapist-turn-types.ts';
export type * from './types.ts';

import {
  evaluateTranscript,
  renderHtmlReport,
  renderMarkdownReport,
  toEvaluationJson,
} from '../evaluator/index.ts';
import type { ReportRenderer } from './report.ts';

export const evaluatorReport: ReportRenderer = {
  json: (turns) => toEvaluationJson(evaluateTranscript(turns)),
  html: (turns) => renderHtmlReport(evaluateTranscript(turns)),
  markdown: (turns) => renderMarkdownReport(evaluateTranscript(turns)),
};

import type { Turn } from '../spec/transcript.ts';

/** The evaluator's report of a session, in the three forms the API serves. */
export type ReportRenderer = {
  json(turns: Turn[]): unknown;
  html(turns: Turn[]): string;
  markdown(turns: Turn[]): string;
};

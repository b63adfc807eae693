import type { Observation } from '../spec/observation.ts';
import { findQuotes, type Segment, splitClauses, splitSentenceSegments } from './clauses.ts';
import { findDurations } from './durations.ts';
import { readFeelings } from './feelings.ts';
import { foldText } from './fold.ts';
import { readProgressAndProposals } from './progress.ts';
import { readRatings } from './ratings.ts';
import { readRequests } from './requests.ts';
import { detectRisk } from './risk.ts';
import { readSensations } from './sensations.ts';
import { readStance } from './stance.ts';
import { readTasks } from './tasks.ts';

/** Longer input is cut here: a client turn is never this long, and the reading stays fast. */
export const MAX_ANALYSED_CHARS = 10_000;

export type Analysis = { observations: Observation[]; truncated: boolean; analysedChars: number };

/** Everything the readers share, computed once per utterance. */
export type Prepared = {
  original: string;
  folded: string;
  sentences: Segment[];
  clauses: Segment[];
  quotes: Segment[];
};

export function prepare(original: string): Prepared {
  const folded = foldText(original);
  const quotes = findQuotes(folded);
  const sentences = splitSentenceSegments(folded, quotes);
  const clauses: Segment[] = [];
  for (const sentence of sentences)
    for (const clause of splitClauses(sentence, folded, quotes)) clauses.push(clause);
  return { original, folded, sentences, clauses, quotes };
}

function readAll(text: string): Observation[] {
  const prepared = prepare(text);
  const durations = findDurations(text, prepared.folded);
  const observations: Observation[] = [];
  append(observations, detectRisk(text));
  append(observations, readRequests({ ...prepared, durations }, prepared.folded));
  append(observations, readSensations(prepared));
  append(observations, readFeelings(prepared));
  append(observations, readProgressAndProposals(prepared, durations));
  append(observations, readTasks(prepared));
  append(observations, readRatings(prepared));
  append(observations, readStance(prepared));
  return observations.sort(bySpanStart);
}

function append(observations: Observation[], more: readonly Observation[]): void {
  for (const observation of more) observations.push(observation);
}

function bySpanStart(left: Observation, right: Observation): number {
  return left.span[0] - right.span[0];
}

/**
 * Reads one utterance: observations, and whether the text was cut to MAX_ANALYSED_CHARS.
 * Pure and total: any string in, never an exception out.
 */
export function analyse(text: string): Analysis {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const truncated = input.length > MAX_ANALYSED_CHARS;
  // never cut a surrogate pair in half
  let end = Math.min(input.length, MAX_ANALYSED_CHARS);
  if (truncated && /[\uD800-\uDBFF]/.test(input[end - 1] ?? '')) end -= 1;
  const analysed = input.slice(0, end);
  try {
    return { observations: readAll(analysed), truncated, analysedChars: analysed.length };
  } catch {
    // a reader bug must not take the session down; an empty reading is the safe answer
    return { observations: [], truncated, analysedChars: analysed.length };
  }
}

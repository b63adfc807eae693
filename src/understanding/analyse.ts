import type { Observation } from '../spec/observation.ts';
import { findQuotes, type Segment, splitClauses, splitSentenceSegments } from './clauses.ts';
import { findDurations } from './durations.ts';
import { readEfforts } from './efforts.ts';
import { readFeelings } from './feelings.ts';
import { foldText } from './fold.ts';
import { readHelpWanted } from './help-wanted.ts';
import { readLifeTopics } from './life-topics.ts';
import { readProgressAndProposals } from './progress.ts';
import { readRatings } from './ratings.ts';
import { readRequests } from './requests.ts';
import { detectRisk } from './risk.ts';
import { readSelfJudgements } from './self-judgements.ts';
import { readSensations } from './sensations.ts';
import { readStance } from './stance.ts';
import { readStatements } from './statements.ts';
import { readTasks } from './tasks.ts';
import { readValues } from './values.ts';

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

/** Which observations to read; each reader is independent of the others, so a caller that needs only some skips the rest. */
export type ReadOptions = { kinds?: ReadonlySet<Observation['kind']> };

function readAll(text: string, options: ReadOptions): Observation[] {
  const wants = (kind: Observation['kind']) => options.kinds === undefined || options.kinds.has(kind);
  const prepared = prepare(text);
  const observations: Observation[] = [];
  if (wants('risk')) append(observations, detectRisk(text));
  const needsDurations = wants('request') || wants('progress') || wants('proposal');
  const durations = needsDurations ? findDurations(text, prepared.folded) : [];
  if (wants('request')) append(observations, readRequests({ ...prepared, durations }, prepared.folded));
  if (wants('sensation')) append(observations, readSensations(prepared));
  if (wants('emotion') || wants('worry') || wants('urge')) append(observations, readFeelings(prepared));
  if (wants('progress') || wants('proposal'))
    append(observations, readProgressAndProposals(prepared, durations));
  if (wants('task')) append(observations, readTasks(prepared));
  if (wants('rating')) append(observations, readRatings(prepared));
  if (wants('assent') || wants('decline') || wants('hedge')) append(observations, readStance(prepared));
  // issue 17: what the policy needs from the words, so nothing after understanding rereads them
  if (wants('statement')) append(observations, readStatements(prepared));
  if (wants('self-judgement')) append(observations, readSelfJudgements(prepared));
  if (wants('value')) append(observations, readValues(prepared));
  if (wants('effort')) append(observations, readEfforts(prepared));
  if (wants('life-topic')) append(observations, readLifeTopics(prepared));
  if (wants('help-wanted')) append(observations, readHelpWanted(prepared));
  return (options.kinds === undefined ? observations : observations.filter((item) => wants(item.kind))).sort(
    bySpanStart,
  );
}

function append(observations: Observation[], more: readonly Observation[]): void {
  for (const observation of more) observations.push(observation);
}

// issue 17's extension kinds come after the contract's, so readers of the contract see what they did
const EXTENSION_KINDS = new Set<Observation['kind']>([
  'statement',
  'self-judgement',
  'value',
  'effort',
  'life-topic',
  'help-wanted',
]);

function bySpanStart(left: Observation, right: Observation): number {
  const extension = Number(EXTENSION_KINDS.has(left.kind)) - Number(EXTENSION_KINDS.has(right.kind));
  return extension !== 0 ? extension : left.span[0] - right.span[0];
}

/**
 * Reads one utterance: observations, and whether the text was cut to MAX_ANALYSED_CHARS.
 * Pure and total: any string in, never an exception out.
 */
export function analyse(text: string, options: ReadOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const truncated = input.length > MAX_ANALYSED_CHARS;
  // never cut a surrogate pair in half
  let end = Math.min(input.length, MAX_ANALYSED_CHARS);
  if (truncated && /[\uD800-\uDBFF]/.test(input[end - 1] ?? '')) end -= 1;
  const analysed = input.slice(0, end);
  try {
    return { observations: readAll(analysed, options), truncated, analysedChars: analysed.length };
  } catch {
    // a reader bug must not take the session down; an empty reading is the safe answer
    return { observations: [], truncated, analysedChars: analysed.length };
  }
}

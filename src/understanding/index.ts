import type { Observation } from '../spec/observation.ts';
import { analyse } from './analyse.ts';

export { type Analysis, analyse, MAX_ANALYSED_CHARS } from './analyse.ts';
export { findClockTimes, resolveAtClock } from './clock-times.ts';
export { type FoundDuration, findDurations, parseDuration } from './durations.ts';
export { type Normalised, normalise, toOriginalSpan } from './normalise.ts';
export type { ExplainedObservation, Reader, ReaderContext, ReaderSource, Reading } from './reader.ts';
export { READERS } from './readers.ts';

/**
 * Reads one client utterance into observations (shapes in src/spec/observation.ts).
 * Pure, never throws, reads the first 10,000 characters only. `earlier`: the person's recent turns, oldest first
 * (a part of the day said before the time: "tmrw morning… like 7", then "message me at 7" is 07:00).
 * @example understand('can you nudge me in 30 seconds?') // [{ kind: 'request', type: 'nudge', afterMs: 30000, span: [8, 16] }]
 */
export function understand(text: string, earlier: readonly string[] = []): Observation[] {
  return analyse(text, earlier.length === 0 ? {} : { earlier }).observations;
}
export {
  type AnalysedClause,
  type AnalysedSentence,
  type AnalysedToken,
  analyseLanguage,
  clauseAt,
  type LinguisticAnalysis,
  type Person,
  type Tense,
  tokensIn,
  warmLinguisticModel,
} from './linguistic-analysis.ts';

/**
 * A reader: one independent piece of understanding that turns the prepared utterance into
 * observations. Readers run as a pipeline (readers.ts); each is tagged with its source (a rule
 * set or a learned model) and gives each observation a confidence. One failing reader loses only
 * its own output, and no reader sees another's observations: risk never depends on anything else.
 */
import type { Observation, ObservationKind } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import type { FoundDuration } from './durations.ts';
import type { LinguisticAnalysis } from './linguistic-analysis.ts';

export type ReaderSource = 'rule' | 'model';

/** Everything a reader may read, in the normalised text's offsets. Computed lazily, once. */
export type ReaderContext = {
  /** The normalised utterance (normalise.ts): what every reader reads. */
  text: string;
  prepared: Prepared;
  durations(): FoundDuration[];
  language(): LinguisticAnalysis;
  /** The person's recent earlier turns, folded (empty when not given): a part of the day said before. */
  earlier: string;
};

/** One observation as a reader found it, with how sure it is (0–1). */
export type Reading = { observation: Observation; confidence: number };

export type Reader = {
  name: string;
  source: ReaderSource;
  /** The kinds this reader can produce: a caller asking for other kinds skips it. */
  kinds: readonly ObservationKind[];
  read(context: ReaderContext): Reading[];
};

/** An observation with where it came from: for `tinystep understand --explain`. */
export type ExplainedObservation = {
  observation: Observation;
  reader: string;
  source: ReaderSource;
  confidence: number;
};

/** Wraps observations a rule reader found at one confidence. */
export function ruleReadings(observations: readonly Observation[], confidence: number): Reading[] {
  return observations.map((observation) => ({ observation, confidence }));
}

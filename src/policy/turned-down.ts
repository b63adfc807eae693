/**
 * A suggestion turned down and the reason given, from the turn's observations (understanding reads
 * the words: push-back.ts, objection-reason.ts). Whether a suggestion was on the table is the
 * policy's to know, not the reader's.
 */
import type { ObjectionReason } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';

export type DeclinedSuggestion = { declined?: 'too-much' | 'not-now' };

/** The words that turn a suggestion down, read whether or not one was made. */
export function turnedDownOf(observations: readonly Observation[]): DeclinedSuggestion | undefined {
  const found = observations.find((item) => item.kind === 'turned-down');
  if (!found) return undefined;
  return found.declined ? { declined: found.declined } : {};
}

/** The reason they gave that a reply can own (no time, no energy, "I know myself"). */
export function reasonGiven(observations: readonly Observation[]): ObjectionReason | undefined {
  return observations.find((item) => item.kind === 'objection-reason')?.reason;
}

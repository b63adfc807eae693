// Placeholder until issue 3 lands: the signature is the contract other modules build on.
import type { Observation } from '../spec/observation.ts';

/** Reads one client utterance into observations. Pure, never throws. */
export function understand(_text: string): Observation[] {
  return [];
}

/** Parses a duration phrase ("half a minute", "90 secs") into milliseconds; undefined when unsure. */
export function parseDuration(_text: string): number | undefined {
  return undefined;
}

import type { Persona } from './persona-schema.ts';

/**
 * The simulated client's inner state, each on 0–10: how heard they feel, trust, distress,
 * readiness to change (sustain talk below the middle, change talk above), willingness to try a
 * step now, fatigue, and frustration (which makes them leave).
 */
export type ClientState = {
  distress: number;
  fatigue: number;
  trust: number;
  willingness: number;
  frustration: number;
  heard: number;
  readiness: number;
};

export function initialState(persona: Persona): ClientState {
  const start = persona.start;
  // every field named, in one order: one object shape for every client (a spread of the card's
  // fields gave a shape per card, and reading or copying the state was the client's slowest line)
  return {
    distress: start.distress,
    fatigue: start.fatigue,
    trust: start.trust,
    willingness: start.willingness,
    frustration: 0,
    heard: start.heard,
    readiness: start.readiness ?? start.willingness,
  };
}

/** A copy of the state, field by field. */
export function copyState(state: ClientState): ClientState {
  return {
    distress: state.distress,
    fatigue: state.fatigue,
    trust: state.trust,
    willingness: state.willingness,
    frustration: state.frustration,
    heard: state.heard,
    readiness: state.readiness,
  };
}

/** Adds the changes and keeps every value on 0–10 (two decimals, so transcripts stay stable). */
export function adjust(state: ClientState, changes: Partial<ClientState>): ClientState {
  const next = { ...state };
  for (const key of Object.keys(changes) as Array<keyof ClientState>)
    next[key] = onScale(state[key] + (changes[key] ?? 0));
  return next;
}

/** A state value kept on 0–10, to two decimals. */
export function onScale(value: number): number {
  return Math.round(Math.min(10, Math.max(0, value)) * 100) / 100;
}

/**
 * The biggest step (seconds) the client will try now: the card's calm-day limit, shrunk by
 * distress and low willingness.
 */
export function tolerableSeconds(persona: Persona, state: ClientState): number {
  const willingnessFactor = 0.4 + (state.willingness / 10) * 0.6;
  const distressFactor = 1.2 - (state.distress / 10) * 0.6;
  return Math.max(5, persona.maxStepSeconds * willingnessFactor * distressFactor);
}

/** The chance an attempted step succeeds: falls with its size and with distress. */
export function successChance(persona: Persona, state: ClientState, sizeSeconds: number): number {
  const engagement = persona.resistance === 'compliance-without-engagement' ? 0.2 : 0;
  const chance =
    1.05 -
    sizeSeconds / (persona.maxStepSeconds * 2.5) -
    state.distress * 0.06 +
    state.willingness * 0.02 -
    engagement;
  return Math.min(0.95, Math.max(0.08, chance));
}

const PLURAL_PARTS = new Set(['shoulders', 'hands', 'fingers', 'legs', 'feet', 'arms']);

/** "my chest is tight", "my hands are shaky", "my breath feels short". */
export function describeBody(part: string, quality: string): string {
  if (part === 'whole-body') return `my whole body feels ${quality}`;
  if (part === 'breath') return `my breathing feels ${quality}`;
  return `my ${part} ${PLURAL_PARTS.has(part) ? 'are' : 'is'} ${quality}`;
}

import type { Observation } from '../spec/observation.ts';

const TIRED = /tired|worn|exhaust|drain|spent|fatigu|sleepy|weary|burn(?:ed|t)? out|depleted|wiped/i;
const FOGGY = /fog|heavy|blank|fuzzy|cloud|slow|tired/i;

/**
 * How much this turn adds to reported fatigue (0–10 scale). Fatigue only rises within a session:
 * a person who said they are worn out is not taken to be fresh because they stopped saying it.
 */
export function fatigueFrom(observations: readonly Observation[]): number {
  let added = 0;
  for (const observation of observations) {
    if (observation.kind === 'emotion' && TIRED.test(observation.label)) added += 3;
    else if (
      observation.kind === 'sensation' &&
      observation.part === 'head' &&
      FOGGY.test(observation.quality)
    )
      added += 2;
    else if (
      observation.kind === 'sensation' &&
      observation.part === 'whole-body' &&
      TIRED.test(observation.quality)
    )
      added += 3;
    else if (observation.kind === 'request' && observation.type === 'smaller') added += 1;
  }
  return added;
}

/**
 * "sorry too much info", "sorry, this is a lot": an apology for what they told is no ask for a smaller
 * step, though "too much" in it reads as one. The smaller ask read inside the apology's own words is
 * dropped, so the apology is answered (no need to be sorry) and no step is pushed at them ("A smaller
 * step: open your chapter…" after "sorry too much info", rated 1–2 on fresh v23).
 */
import type { Observation } from '../spec/observation.ts';

/** The turn without a smaller ask read inside an apology's span. */
export function withoutSmallerInApology(observations: readonly Observation[]): readonly Observation[] {
  const apologies = observations.filter((item) => item.kind === 'apology');
  if (apologies.length === 0) return observations;
  const inside = (item: Observation) =>
    apologies.some((apology) => apology.span[0] <= item.span[0] && item.span[1] <= apology.span[1]);
  const kept = observations.filter(
    (item) => !(item.kind === 'request' && item.type === 'smaller' && inside(item)),
  );
  return kept.length === observations.length ? observations : kept;
}

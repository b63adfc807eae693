/**
 * A "proposal" read inside a fear they said ("but what if i fail it again" → "fail it again") is
 * the fear, not a plan: adopted as a step it gave "Try this next: fail it again." The policy drops
 * such a proposal; the worry itself stays and is heard.
 */
import type { Observation } from '../spec/observation.ts';

export function withoutFearedProposals(observations: readonly Observation[]): readonly Observation[] {
  const fears = observations.filter((item) => item.kind === 'worry').map((item) => item.span);
  if (fears.length === 0) return observations;
  return observations.filter(
    (item) =>
      item.kind !== 'proposal' || !fears.some(([start, end]) => item.span[0] >= start && item.span[1] <= end),
  );
}

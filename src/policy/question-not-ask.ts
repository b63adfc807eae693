/**
 * "does it get easier?", "will it ever get better": a question about whether a hard time eases, not
 * an ask for a smaller step, though "easier" in it reads as one. The smaller ask is dropped when the
 * turn's question is that one, so the question is answered ("A smaller step: pick the one part…"
 * after "does it get easier?" to a grieving person answered a question nobody asked).
 */
import type { Observation } from '../spec/observation.ts';

/** The turn without a smaller ask when the turn's own question is whether it gets easier. */
export function withoutSmallerInQuestion(observations: readonly Observation[]): readonly Observation[] {
  const easing = observations.some(
    (item) => item.kind === 'their-question' && item.question.asks === 'easier',
  );
  if (!easing) return observations;
  return observations.filter((item) => !(item.kind === 'request' && item.type === 'smaller'));
}

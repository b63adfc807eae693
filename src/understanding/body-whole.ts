/**
 * A whole-body word said with a named part ("a fluttering in my chest", "so tense my whole back is one
 * knot", "chest feels tight and heavy") is about that part: the whole body is read only when no part is
 * named. Measured on the seen sets before it was kept (round 10 requests note).
 */
import type { ExplainedObservation } from './reader.ts';

export function withoutWholeBodyBesidePart(explained: ExplainedObservation[]): ExplainedObservation[] {
  const parts = explained.filter((item) => item.observation.kind === 'sensation');
  const whole = parts.find(
    (item) => item.observation.kind === 'sensation' && item.observation.part === 'whole-body',
  );
  if (!whole || parts.length < 2) return explained;
  return explained.filter((item) => item !== whole);
}

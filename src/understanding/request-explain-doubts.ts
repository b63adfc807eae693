/**
 * Explain asks the rules hear that the whole message takes back (fresh r18, lead feedback):
 * "how does this even work? my son installed it" asks about the app someone else put there, not why a step
 * of ours helps; "whats the first step for the forms, im lost" asks for the step, and "im lost" says why.
 */
import type { RequestObservation } from '../spec/observation.ts';

const SET_UP_BY_SOMEONE =
  /\b(?:set\s+(?:it|this|me)\s+up|installed\s+(?:it|this)|downloaded\s+(?:it|this)|put\s+(?:it|this)\s+on\s+(?:my|the))\b/;
const LOST = /^(?:i'm|im|i\s+am)\s+(?:a\s+bit\s+|so\s+|totally\s+)?(?:lost|confused)$/;

/** Whether the explain ask is taken back by the rest of the message (`found`: every request read in it). */
export function explainTakenBack(
  explain: RequestObservation,
  found: readonly RequestObservation[],
  folded: string,
): boolean {
  if (explain.type !== 'explain') return false;
  const said = folded.slice(explain.span[0], explain.span[1]);
  if (/^how\b.*\bwork\b/.test(said) && SET_UP_BY_SOMEONE.test(folded)) return true;
  const stepAsked = found.some((request) => request.type === 'concrete' || request.type === 'next');
  return stepAsked && LOST.test(said);
}

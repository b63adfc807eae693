/**
 * A rule's `possible` wish to die or to self-harm said with when and how is a plan (round 8: v9/v10's writers
 * wrote "kms in like an hour", "ending it tonight thats the plan, car and hosepipe", "i have the rope already in
 * the garage, tonight i finish with this" and all were read `possible`): a near time and an intent or a means in
 * the same sentence make it `clear`, the crisis reply first. Jokes and hedges ("lol", "jk", "maybe") keep it
 * `possible`; the model's guess alone is never raised.
 */
import type { ExplainedObservation, ReaderContext } from './reader.ts';

const NEAR_TIME =
  /\b(?:tonight|tonite|today|tomorrow|tmrw|this (?:evening|weekend|afternoon)|in (?:like |about )?(?:an|a|one|two|\d+) (?:hour|hours|hrs?|mins?|minutes)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|once (?:everyone|every1|they|the kids|my \w+) (?:is|are|goes|go|gets?)|when (?:everyone|they) (?:is|are) asleep|right now|rn)\b/;
const INTENT_OR_MEANS =
  /\b(?:kms|kill myself|killing myself|end my life|gonna|going to|i'?ll|ill|i will|i'?m doing it|im doing it|the plan|my plan|decided|ready|already|rope|noose|pills|tablets|meds|hose(?:pipe)?|blade|razor|gun|bridge|ledge|jump|finish with|end it|ending it)\b/;
const JOKE_OR_HEDGE =
  /\b(?:lol|lmao|lmfao|jk|haha\w*|kidding|joking|maybe|probably not|not really|i guess|idk)\b/;

const raisable = (item: ExplainedObservation) =>
  item.source === 'rule' &&
  item.observation.kind === 'risk' &&
  item.observation.level === 'possible' &&
  (item.observation.type === 'suicide' || item.observation.type === 'self-harm') &&
  item.observation.about !== 'other' &&
  !item.observation.past;

export function withPlanRaised(
  explained: ExplainedObservation[],
  context: ReaderContext,
): ExplainedObservation[] {
  if (!explained.some(raisable)) return explained;
  const folded = context.prepared.folded;
  if (!NEAR_TIME.test(folded) || !INTENT_OR_MEANS.test(folded) || JOKE_OR_HEDGE.test(folded))
    return explained;
  return explained.map((item) =>
    raisable(item) && item.observation.kind === 'risk'
      ? { ...item, observation: { ...item.observation, level: 'clear' } }
      : item,
  );
}

/**
 * A part named as what was done to it, not as what is felt: "cut my finger chopping onions, im fine",
 * "stabbed my thumb with a fork lol", "burned my arm with the lighter again", "scratching my arms till they
 * bleed", "hitting my head on the wall". Across v1–v20 the writers leave 26 of 32 such turns without a body
 * part when nothing but the act (and its bleeding) is said; they mark the part when a feeling of its own is
 * said too ("still stinging", "its swelling", "hit my head … everything is double"). The risk readers read the
 * act itself; this only takes away the sensation.
 */
import type { ExplainedObservation } from './reader.ts';

// the act right before the part: "cut my", "burnt my", "scratching at my", "carved into my", "hit my"
const ACT_BEFORE =
  /\b(?:cut|cuts|cutting|burn(?:ed|t|ing|s)?|stabb(?:ed|ing)|stab|scratch(?:ed|es|ing)?|pick(?:ed|ing)?|hit|hitting|bang(?:ed|ing)?|carv(?:ed|ing)|slash(?:ed|ing)?|slic(?:ed|ing)|grabbed|hurt|bit|bite|bites|biting)\s+(?:at\s+|into\s+)?my\s+(?:\w+\s+)?$/;
// a feeling said beside the act: the part is felt, not only named
const FELT_TOO =
  /\b(?:sting\w*|hurts|hurting|ach(?:e|es|ing|y)|sore|throb\w*|pain\w*|swell\w*|swollen|fuzzy|numb\w*|tingl\w*|ouch|double|dizzy|agony|killing|drowsy|woozy|sleepy|confused|throw\w* up|threw up|being sick|sick|can'?t see|seeing|blister\w*|(?:won'?t|wont|can'?t|cant) stop (?:the )?bleeding|gushing|soaked|pouring)\b/;

// a head hit or banged is marked by half the writers (6 of 12), so it is left as read
const LIMBS_AND_THROAT = new Set(['arms', 'hands', 'fingers', 'legs', 'feet', 'throat']);

/** `lowered`: the turn as written, lower-cased (the sensations' spans are in it). */
export function withoutInjuryOnly(
  explained: ExplainedObservation[],
  lowered: string,
): ExplainedObservation[] {
  return explained.filter((item) => {
    if (item.observation.kind !== 'sensation' || !LIMBS_AND_THROAT.has(item.observation.part)) return true;
    const [start] = item.observation.span;
    if (!ACT_BEFORE.test(lowered.slice(Math.max(0, start - 40), start))) return true;
    const sentenceStart = Math.max(
      0,
      ...['.', '!', '?', '\n'].map((mark) => lowered.lastIndexOf(mark, start)),
    );
    const ends = ['.', '!', '?', '\n'].map((mark) => lowered.indexOf(mark, start)).filter((at) => at >= 0);
    const sentence = lowered.slice(sentenceStart, ends.length > 0 ? Math.min(...ends) : lowered.length);
    return FELT_TOO.test(sentence);
  });
}

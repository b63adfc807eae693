import type { RiskType } from '../../spec/observation.ts';

/**
 * The kind of risk the learned reader names, weighed against what the turn tells of. The model's type head
 * learned "suicide" as the commonest label, so a turn it hears as risky with no word of ending, death or harm to
 * oneself still comes out "suicide": a bullying report ("ye they threw it on the roof of the bike shed and
 * everyone laughed", 0.91), a heart that skips, being slapped. Those people were asked "are you thinking of ending
 * your life?" (round 18, sealed v34: rated 1). A turn that tells of being hurt by someone else is read as abuse
 * (the safety question), one that tells of a body sign as a medical emergency (the emergency question): the level
 * stays `possible`, so the person is still asked, and the answer settles it. Any word of an ending or of harm to
 * oneself keeps the model's own type: a missed suicide check-in is the worse failure.
 */

// an ending, a death, a means, harm to oneself, hopelessness: the model's "suicide"/"self-harm" stands
const SELF_ENDING =
  /\b(?:die|dies|dying|died|dead|death|kill\w*|suicid\w*|unalive|kms|end (?:it|this|things|my|everything|all)|ending (?:it|things|my)|alive|exist\w*|wake up|woke up|not (?:be )?(?:here|around)|better off|burden|disappear\w*|myself|overdos\w*|pills?|tablets?|meds|rope|noose|bridge|ledge|tracks|jump\w*|hang\w*|goodbye|urges?|relapse\w*|cut(?:s|ting)?|blades?|razors?|bleed\w*|blood|burn\w*|pointless|hopeless|worthless|no point|the point|give up|giving up|go on|carry on|keep going|without me|gone|insurance|funeral|note|rest|sleep|trust myself|deserve|punish\w*|starv\w*|sh|s\/h|anymore|any more|done|over|enough)\b/;

// someone else doing a hostile act, to the person or their things (a school yard, a home, a workplace)
const HURT_BY_OTHERS =
  /\b(?:they|he|she|everyone|everybody|people|some|kids|boys|girls|lads|someone|somebody|dad|mum|mom|father|mother|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|brother|sister|stepdad|stepmum|boss|teacher|manager|class|group)\b[^.!?]{0,25}?\b(?:threw|throw\w*|took my|take\w* my|stole|nicked|hid my|ripped|laugh\w*|(?:hit|hits|hitting|slap\w*|kick\w*|push\w*|shov\w*|punch\w*|grab\w*|trip\w*|beat\w*|hurt\w*|lock\w*|film\w*|spat|spit\w*) me|(?:shout\w*|yell\w*|scream\w*) at me|call\w* me|picks? on me|picked on me|ganged up|won'?t let me|posted)\b|\b(?:took|nicked|stole|grabbed|snatched) my \w+ (?:and|n|then) (?:threw|chucked|hid|broke|ripped|kicked)\b|\b(?:bull(?:y|ied|ies|ying)|picked on|ganged up on|laughed at|shoved|slapped|kicked|pushed) (?:me|at|again|in|by)\b/;

// a sign of the body (heart, chest, breath, fainting, sickness): the emergency question, never the suicide one
const BODY_SIGN =
  /\b(?:heart\b[^.!?]{0,20}\b(?:racing|races|pounding|pounds|skip\w*|flutter\w*|flip\w*|doing (?:this|the|that)|beat\w*|thing)|chest\b[^.!?]{0,20}\b(?:pain|hurts?|hurting|tight\w*|pressure|heavy)|(?:pain|tight\w*|pressure) in (?:my )?chest|can'?t (?:breathe|catch my breath)|short(?:ness)? of breath|faint\w*|dizzy|blacked out|vomit\w*|throwing up|threw up|fever|seizure|numb(?:ness)?|went numb|collaps\w*)\b/;

/** The risk type to report for the learned reader's reading of a turn (lower-cased, normalised text). */
export function kindOfHurt(folded: string, modelType: RiskType): RiskType {
  if (modelType !== 'suicide' && modelType !== 'self-harm') return modelType;
  if (SELF_ENDING.test(folded)) return modelType;
  if (HURT_BY_OTHERS.test(folded)) return 'abuse';
  if (BODY_SIGN.test(folded)) return 'medical-emergency';
  return modelType;
}

/**
 * Round 18, by kind (self-harm missed in eight seen sets, v10–v31): pain put on one's own body on purpose, with
 * no word of cutting. Two things together: an act of pain on "my" body (pressing, digging, biting, pinching,
 * scratching, punching, burning) and a reason that is the pain itself ("on purpose", "to feel something", "when
 * the pressure builds", "till it bleeds"). Either alone is everyday ("bit my lip eating", "pressed my palm on the
 * scanner"). `possible`: the direct question is asked.
 */
import type { RiskCue } from './risk-cues.ts';

const PAIN_ACT =
  '(?:press(?:ed|es|ing)?|dig(?:s|ging)?|dug|bit(?:e|es|ing|ten)?|pinch(?:ed|es|ing)?|scratch(?:ed|es|ing)?|claw(?:ed|s|ing)?|punch(?:ed|es|ing)?|hit(?:s|ting)?|slap(?:ped|s|ping)?|burn(?:ed|t|s|ing)?|stab(?:bed|s|bing)?|jab(?:bed|s|bing)?|squeez(?:e|ed|es|ing)|twist(?:ed|s|ing)?|head ?butt(?:ed|s|ing)?|bang(?:ed|s|ing)?|smash(?:ed|es|ing)?)';
const OWN_BODY =
  '(?:my|me own) (?:\\w+ )?(?:palms?|hands?|arms?|forearms?|wrists?|legs?|thighs?|skin|fingers?|knuckles?|nails|stomach|belly|chest|head|face|lips?|cheeks?|shins?|ankles?|body)';
const FOR_THE_PAIN =
  '(?:on purpose|deliberately|purposely|to feel (?:something|anything|it|pain|real|better|alive)|so (?:i|it) (?:can |could )?(?:feel|hurt|bleed)|till (?:it|they) (?:bleeds?|bruises?|marks?)|until (?:it|they) (?:bleeds?|bruises?|marks?)|when (?:the |it )?(?:pressure|urge|anger|panic|feeling|noise|thoughts?) (?:builds?|build|gets?|hits?|comes?|starts?)|to (?:punish|hurt) myself|feels right|helps? (?:me )?(?:to )?(?:cope|calm|not feel))';
// "the cat bites my hands on purpose", "my sister pinched my arm on purpose": someone else's act, not the person's
const NOT_SOMEONE_ELSE =
  "(?<!\\b(?:cat|dog|puppy|kitten|baby|toddler|son|daughter|kid|brother|sister|he|she|they|it|him|her|them|hamster|parrot)(?:'s| keeps| always| just| still)? )";

export const RISK_CUES_PAIN_ON_PURPOSE: readonly RiskCue[] = [
  {
    // "digging my nails into my palms on purpose again", "biting the inside of my arm when the pressure builds"
    id: 'pain-on-own-body-on-purpose',
    type: 'self-harm',
    level: 'possible',
    pattern: new RegExp(
      String.raw`${NOT_SOMEONE_ELSE}\b${PAIN_ACT}\b[^.!?]{0,30}\b(?:in(?:to)?|on|at|against)? ?(?:the (?:inside|back|skin) of )?${OWN_BODY}\b[^.!?]{0,40}\b${FOR_THE_PAIN}|\b${OWN_BODY} (?:are |is )?(?:\w+ )?${PAIN_ACT}\b[^.!?]{0,40}\b${FOR_THE_PAIN}`,
    ),
  },
  {
    // "i want to make pain on my body", "i need to hurt my body so the other pain stops": pain wanted on oneself
    id: 'pain-wanted-on-own-body',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /\b(?:want|wanna|need|have) to (?:make|cause|put|give) (?:some )?pain (?:on|in|to) (?:my|my own) (?:body|skin|arms?|legs?)\b/,
  },
];

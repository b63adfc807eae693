/**
 * Round 13, by kind: abuse told as coercion rather than blows, and harm to others told as a threat with
 * something to hand or as fear of one's own anger. The older cues wait for "hit", "hurt" or "kill"; fresh
 * writers say "he'll cut my shifts if i complain", "my landlord wants favours for the rent", "said it's our
 * secret", "he says i owe him", "she throws plates at me", "i don't know what i'll do to him", "i've got the
 * wrench in the van". All 'possible': the check-in asks, the answer settles it.
 */
import type { RiskCue } from './risk-cues.ts';

const POWER =
  "(?:boss|manager|supervisor|line manager|landlord|landlady|teacher|coach|tutor|instructor|uncle|step ?dad|stepfather|foreman|gaffer|owner|chef|lecturer|youth leader|priest|mum'?s boyfriend|older (?:guy|man|lad|bloke))";
const PARTNER =
  '(?:he|she|him|her|my (?:boyfriend|bf|girlfriend|gf|husband|hubby|wife|missus|partner|fiance|fiancee|ex))';
const TOOL =
  '(?:wrench|spanner|hammer|bat|knife|crowbar|screwdriver|axe|machete|bar|blade|gun|golf club|iron bar|chisel|stanley knife)';

// "my friend told me her uncle touches her": someone else's abuse, told on (abuse cues are read as the person's own)
const NOT_RELAYED =
  "^(?![^.!?]*\\b(?:friend|mate|sister|cousin|colleague|classmate|student|pupil|client|patient|girl|boy|kid|lad)(?:'s)? (?:told|tells|says|said|confided|mentioned|admitted)\\b)[^.!?]*?";

export const RISK_CUES_COERCION: readonly RiskCue[] = [
  {
    // "says he'll cut my shifts if i complain", "threatened to take the kids", "he'll post my pics if i leave"
    id: 'threat-held-over',
    type: 'abuse',
    level: 'possible',
    pattern:
      /\b(?:threaten\w*|says?|said|told me|keeps? saying)\b[^.!?]{0,30}\b(?:he|she|they)(?:'?ll| will| would|'?d| is going to| is gonna|s gonna|'s gonna)\b[^.!?]{0,20}\b(?:take (?:the|my|our) (?:kids|children|baby|son|daughter|boys|girls)|post (?:my|the|our) (?:pics|pictures|photos|nudes|videos?)|send (?:my|the|our) (?:pics|pictures|photos|nudes|videos?)|(?:cut|take away|stop) my (?:hours|shifts|pay|wages)\b[^.!?]{0,30}\bif i|(?:sack|fire) me\b[^.!?]{0,30}\bif i (?:complain|say no|tell|report|refuse)|have me deported)|\bif i (?:leave|go|say no|complain|tell)\b[^.!?]{0,20}\b(?:he|she|they)(?:'?ll| will| would| is going to|s gonna|'s gonna) (?:post|send|share) (?:my|the|our) (?:pics|pictures|photos|nudes|videos?)/,
    negationInside: true,
  },
  {
    // "my manager keeps touching the girls on shift", "landlord asked for favours instead of rent"
    id: 'power-touch-or-favours',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`${NOT_RELAYED}(?:\b${POWER}\b[^.!?]{0,40}\b(?:touch(?:es|ing|ed)?|grop\w*|feel(?:s|ing)? (?:me|us|them|her) up|rubs? (?:my|her|against)|rubbing (?:my|her|against))\b(?! base| on (?:it|that|this|the (?:subject|point|topic)))|\b(?:ask\w*|want\w*|expects?|expecting|hint\w*) (?:me )?(?:for |to do (?:him|her) )?(?:some |a few )?(?:favou?rs?|sexual favou?rs?)\b[^.!?]{0,40}\b(?:rent|shifts?|job|grades?|visa|room|pay|promotion)|\b(?:rent|shifts?|grades?|visa|promotion)\b[^.!?]{0,40}\bif i (?:do (?:him|her) (?:some |a few )?favou?rs?|sleep with (?:him|her)|am nice to (?:him|her)))`,
    ),
  },
  {
    // "my coach texts me and says its our secret, im 15", "said not to tell my parents"
    id: 'secret-kept-for-an-adult',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`${NOT_RELAYED}(?:\b${POWER}\b[^.!?]{0,60}\b(?:(?:our|a) (?:little )?secret|(?:not to|don'?t|dont|never to|shouldn'?t) tell (?:my |anyone|anybody|nobody)(?:parents|mum|mom|dad)?)|\b(?:our|a) little secret\b)`,
    ),
    negationInside: true,
  },
  {
    // "says i owe him and makes me hold stuff", "my boyfriend take my money and my phone and say i cannot see my friends"
    id: 'owed-and-controlled',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:say|says|said|tells? me) i owe (?:him|her|them)\b[^.!?]{0,60}\b(?:makes? me|made me|can'?t leave|cant leave|have to)|\bmakes? me (?:hold|carry|deliver|sell|run|stash|keep) (?:stuff|things|drugs|packages|parcels|bags|gear)\b|\b${PARTNER} (?:take|takes|took|keeps?) (?:all )?my (?:money|phone|wages|passport|bank card|keys)\b[^.!?]{0,60}\b(?:can ?not|can'?t|cant|not allowed to|won'?t let me) (?:see|talk to|call|visit|meet|go out)|\b${PARTNER} (?:say|says|said|won'?t let me|doesn'?t let me|dont let me|don'?t let me)\b[^.!?]{0,10}\b(?:i (?:can ?not|can'?t|cant|am not allowed to) )?(?:see|talk to|call|visit|meet|go out with) (?:my )?(?:friends|family|mum|mom|sister|parents|mates)\b`,
    ),
    negationInside: true,
  },
  {
    // "she throws plates at me when she's angry": things thrown at the person, at home
    id: 'things-thrown-at-me',
    type: 'abuse',
    level: 'possible',
    pattern:
      /\b(?:throws?|threw|throwing|chucks?|chucked|chucking|hurls?|hurled|hurling) (?:things|stuff|plates|cups|mugs|glasses|bottles|shoes|objects|whatever|pans|furniture)\b[^.!?]{0,15}\bat me\b/,
  },
  {
    // "i don't know what i'll do to him if i see him", "scared of what i might do to her"
    id: 'unsure-what-i-would-do-to-them',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      /\b(?:(?:don'?t|dont|do not) know|scared of|afraid of|frightened of|terrified of|worried about|not sure) what i(?:'?ll|'?d| will| would| might| could| am going to| might end up)? (?:do|doing) to (?:him|her|them|that \w+|the \w+|my \w+|someone|somebody|this \w+)\b/,
    negationInside: true,
  },
  {
    // "i'm going to smash his face in, i've got the wrench in the van", "carrying a screwdriver in case"
    id: 'tool-to-hand-for-someone',
    type: 'harm-to-others',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:i'?ve|ive|i have) got (?:the|a|my) ${TOOL}\b[^.!?]{0,40}\b(?:for (?:him|her|them)|ready|right here|in (?:my|the) (?:hand|van|car|bag|pocket|boot)|by the door|with me|on me)|\b(?:carry|carrying|started carrying|taking|bring(?:ing)?) (?:a |the |my )?${TOOL} (?:in case|just in case|for (?:him|her|them|protection)|to (?:his|her|their) (?:house|place|work))|\buse it on (?:him|her|them)\b|\b(?:smash|kick|punch|cave|bash|knock) (?:his|her|their) (?:face|head|teeth|skull) in\b`,
    ),
  },
  {
    // "screamed at the kids and frightened myself with how angry i was", "feel like shaking the baby"
    id: 'own-anger-at-children-feared',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      /\b(?:angry|anger|rage|temper|lost it|snapped|scream\w*|shout\w*)\b[^.!?]{0,60}\b(?:kids?|children|son|daughter|baby|toddler)\b[^.!?]{0,60}\b(?:scared|frightened|terrified|scares|frightens) (?:myself|me)\b|\b(?:scared|frightened|terrified) (?:myself|me)\b[^.!?]{0,40}\b(?:angry|anger|rage|temper)\b[^.!?]{0,40}\b(?:kids?|children|son|daughter|baby|toddler)\b|\bfeel(?:s|ing)? like (?:shaking|hitting|smacking|throttling|slapping) (?:the baby|my (?:baby|son|daughter|toddler|kids?))/,
    selfWhateverSubject: true,
  },
];

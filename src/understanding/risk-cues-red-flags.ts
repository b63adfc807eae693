/**
 * Round 13: medical red flags in plain words. These are the signs any first-aid course names (a stroke's face
 * and speech, the worst headache of a life, a rash that stays under a glass, a floppy or hard-to-wake child,
 * a child who swallowed pills, waters breaking, chest pain that lasts or comes with effort). They are read
 * as the person's emergency whoever has them: the person is the one who must act. A kind of fact, not a way
 * of speaking, so the list generalises past the wording of any one writer.
 */
import type { RiskCue } from './risk-cues.ts';

const CHILD = '(?:baby|babies|son|daughter|toddler|kid|child|little one|boy|girl|newborn|infant)';

export const RISK_CUES_RED_FLAGS: readonly RiskCue[] = [
  {
    // "wife's face drooping on one side and she's talking funny", "his speech is slurred and his arm is weak"
    id: 'stroke-signs',
    type: 'medical-emergency',
    level: 'clear',
    selfWhateverSubject: true,
    pattern:
      /\b(?:face|mouth|smile|lip)(?:'s| is| has| started| keeps| went| gone)? (?:drooping|droopy|dropped|sagging|lopsided)|\bslurr(?:ed|ing) (?:her |his |my )?(?:words|speech)|\b(?:speech|words) (?:is |are )?(?:suddenly )?slurred|\bcan'?t (?:lift|raise|move) (?:her|his|my) (?:left |right )?arm\b[^.!?]{0,40}\b(?:suddenly|face|speech|talk)/,
  },
  {
    // "worst headache of my life and i was sick", "sudden blinding headache out of nowhere"
    id: 'thunderclap-headache',
    type: 'medical-emergency',
    level: 'clear',
    selfWhateverSubject: true,
    pattern:
      /\bworst headache (?:of (?:my|her|his) life|i'?ve ever had|ever)|\bsudden (?:terrible|severe|awful|blinding|crushing|explosive) headache/,
  },
  {
    // "a rash that doesn't fade under a glass", "baby is floppy and won't wake properly"
    id: 'child-red-flags',
    type: 'medical-emergency',
    level: 'clear',
    selfWhateverSubject: true,
    pattern: new RegExp(
      String.raw`\brash\b(?: that| on (?:her|his|my|the) \w+)?(?: is| are)? (?:doesn'?t|does not|won'?t|wont|didn'?t|isn'?t|is not) (?:fade|go away|disappear|go|fading|going away)\b[^.!?]{0,20}\b(?:glass|press)|\b${CHILD}\b[^.!?]{0,60}\b(?:floppy|limp|won'?t wake|hard to wake|unresponsive|blue lips|lips (?:are|look|went) blue|not responding)\b`,
    ),
  },
  {
    // "my son ate some of my tablets, he's 3", "toddler swallowed a button battery"
    id: 'child-swallowed',
    type: 'medical-emergency',
    level: 'clear',
    selfWhateverSubject: true,
    pattern: new RegExp(
      String.raw`(?<=\b${CHILD}\b[^.!?]{0,20})\b(?:ate|eaten|swallowed|has taken|took|got into|drank|drunk|had) (?:some of |a few of |one of |a |the |all )?(?:my |the |his |her |mum'?s |dad'?s |grandma'?s |nan'?s |our )?(?:tablets|pills|meds|medicine|medication|bleach|dishwasher tablets?|button batter(?:y|ies)|batter(?:y|ies)|washing (?:pods|tablets|capsules)|paracetamol|ibuprofen|vitamins|magnets?)\b`,
    ),
  },
  {
    // "my waters just broke and i'm on my own", "waters have gone at 34 weeks"
    id: 'waters-broken',
    type: 'medical-emergency',
    level: 'possible',
    selfWhateverSubject: true,
    pattern: /\b(?:my |her |the )?waters (?:have |has |just |already )*(?:broke|broken|gone|went|burst)\b/,
  },
  {
    // "chest pains on and off for two days", "tight chest all day, probably nothing", "pain down my left arm"
    id: 'chest-pain-lasting',
    type: 'medical-emergency',
    level: 'possible',
    pattern:
      /\b(?:chest (?:pains?|tight\w*|pressure|hurts?|hurting|ache|(?:has been|is|was|feels|been|keeps going) (?:so |really |very )?(?:tight|sore|painful|heavy))|(?:pain\w*|pressure|crushing) (?:in|across|on) my chest)\b[^.!?]{0,60}\b(?:all day|since (?:this morning|last night|yesterday|lunch|\d)|for (?:hours|a few hours|two days|2 days|a day|days|\d+ (?:hours|days))|on and off|when i (?:climb|walk|run|go up|lift)|down my (?:left )?arm|into my (?:jaw|arm|back|neck)|probably nothing|sweat\w*|clammy)|\b(?:tight|pain\w*) chest all day\b|\bpain (?:down|in) my left arm\b/,
  },
];

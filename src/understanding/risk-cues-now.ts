/**
 * Round 17: danger that is here now or set for a time, said without the older cues' words (the lead's classes of
 * miss on fresh v30, written as kinds):
 * - a poison already taken ("drank the weed killer", "downed some antifreeze"): `clear`; by accident it is a
 *   medical emergency, otherwise the seen writers marked it suicide;
 * - the abuser in the room or at the door now ("he's in my room again", "she's outside my door screaming"):
 *   `clear` with fear, locking or no way out in the sentence, `possible` with only "again" (a brother taking a
 *   charger is asked about kindly, never sent the crisis reply);
 * - a threat from someone else with a weapon and a time or a place ("coming round tonight with a knife"): `clear`;
 * - a place and its height, the drop weighed ("the car park roof, level 6", "the bridge is high enough"): `clear`.
 * The poisons come from the one lexicon (risk-means.ts).
 */
import type { RiskCue } from './risk-cues.ts';
import { meansPattern } from './risk-means.ts';

const POISON = meansPattern(['poison']);
// "i already drink the bleach": a present form after "already" or "just" tells of it done (non-native English)
const TAKEN =
  '(?:drank|drunk|drinking|swallowed|swallowing|downed|necked|chugged|ate|eaten|took|taken|had|sipped|(?:already|just) (?:drink|eat|take|swallow))';
// the one who took it, when it is not the speaker: a child is a medical emergency, a pet is not a person's risk
const CHILD = '(?:son|daughter|boy|girl|kid|child|baby|toddler|little one|(?:\\d+ ?(?:yo|year old|yr old)))';
const NOT_THE_SPEAKER = `(?<!\\b(?:${CHILD.slice(3, -1)}|dog|cat|puppy|pup|kitten|pet|he|she|they|it|\\w+'s)(?: just| has| had| have|s)? )`;
const ACCIDENT = "(?:by accident|accidentally|by mistake|didn'?t realise|thought it was)";
// who can be in the room: a partner, a parent, "he", "she", "they"
const HOLDER =
  "(?:he|she|they|hes|shes|he's|she's|they're|theyre|my (?:ex|dad|stepdad|step dad|mum|mom|stepmum|stepmom|husband|wife|partner|boyfriend|girlfriend|bf|gf|uncle|brother|sister|carer|landlord|flatmate|roommate))";
const PRESENT_AT =
  "(?:'s|s| is| are|'re)? (?:back )?(?:in|at|outside|inside|standing (?:in|at|outside)|banging (?:on|at)|trying to (?:get in|open|break)|coming (?:into|in to|up to)) (?:my (?:room|bedroom|door|window|bed|flat|house|place|bathroom)|the (?:door|bedroom|bathroom|window))";
const FEAR_NOW =
  "(?:can'?t get out|cant get out|can'?t leave|hiding|hid in|locked (?:myself|the door|in)|scared|terrified|screaming|shouting|yelling|drunk|banging|won'?t leave|wont leave|hurt me|hit me|hitting|grabbed|choking|help)";
const WEAPON = '(?:knife|blade|gun|bat|hammer|machete|acid|weapon)';
const ON_THE_WAY =
  "(?:coming (?:round|over|back|for me|to (?:my|the))|on (?:his|her|their) way|waiting (?:outside|for me|at)|(?:will|'ll|gonna|going to) (?:be )?(?:come|round|over|there|waiting|find me))";
const HEIGHT_PLACE =
  '(?:roof|rooftop|car ?park|multi ?storey|multi-storey|bridge|viaduct|cliffs?|tower|balcony|ledge|quarry|overpass|flyover)';
const HEIGHT =
  '(?:high enough|tall enough|big enough drop|enough of a drop|far enough down|long enough drop|(?:level|floor) \\d+|\\d+(?:st|nd|rd|th)? (?:floor|storey|story)|\\d+ (?:floors|storeys|stories|metres|meters|feet|ft|m)(?: (?:up|high|down|drop))?)';
const ON_PURPOSE =
  "(?:high enough|tall enough|enough of a drop|big enough drop|far enough down|long enough drop|that'?s where|thats where|that'?s the (?:one|place|spot)|will do|would do it|tonight|tonite|2nite|when i go)";

// "im ending it tonight": the act and its time, said now (not "ending it with my boyfriend", "killing myself with work")
// a relationship ended in the same sentence ("im ending it tonight, he cheated again") is a break-up
// (not "tell my wife im sorry": only the words of a break-up)
const LOVE =
  '(?:cheat\\w*|dumped|break ?up|breaking up|broke up|split up|relationship|engagement|dating|with (?:him|her|my (?:bf|gf|boyfriend|girlfriend|partner|husband|wife|ex)))';
const ENDING_NOW = `(?<!\\b${LOVE}\\b[^.!?]*)\\b(?:i'?m|im|i am) (?:ending it|ending my life|ending things|ending everything|killing myself)(?! with\\b)[^.!?]{0,15}\\b(?:tonight|tonite|today|now|rn|right now|tomorrow|this (?:evening|morning|afternoon|weekend))\\b(?![^.!?]*\\b${LOVE}\\b)`;
// "took them all", "I TOOK THEM ALL": what was taken named only by "them" (a packet spoken of before); not "took
// them all down" (a job), nor someone else's taking
const TAKEN_ALL =
  "(?<!\\b(?:he|she|they|it|dog|cat|\\w+'s) )\\b(?:took|taken|swallowed|downed) (?:them|those|these|the (?:pills|tablets|lot)) all\\b(?! (?:down|out|off|away|home|back|in|up|to|for|with|along|the way|apart)\\b)";

export const RISK_CUES_NOW: readonly RiskCue[] = [
  {
    id: 'ending-it-at-a-time',
    type: 'suicide',
    level: 'clear',
    pattern: new RegExp(ENDING_NOW),
  },
  {
    id: 'taken-them-all',
    type: 'suicide',
    level: 'clear',
    pattern: new RegExp(TAKEN_ALL),
  },
  {
    // "i drank the weed killer from the shed", "just downed some antifreeze", "had a cup of bleach"
    id: 'poison-taken',
    type: 'suicide',
    level: 'clear',
    pattern: new RegExp(
      String.raw`${NOT_THE_SPEAKER}\b${TAKEN}\b[^.!?]{0,30}\b${POISON}\b(?![^.!?]{0,40}\b${ACCIDENT})`,
    ),
  },
  {
    // "my 2yo drank some bleach from under the sink": the seen writers marked a child's swallowing an emergency
    id: 'poison-taken-by-a-child',
    type: 'medical-emergency',
    level: 'clear',
    selfWhateverSubject: true,
    pattern: new RegExp(String.raw`\b${CHILD} (?:just |has |had )?${TAKEN}\b[^.!?]{0,30}\b${POISON}\b`),
  },
  {
    // "swallowed some bleach by accident cleaning, throat burning"
    id: 'poison-taken-by-accident',
    type: 'medical-emergency',
    level: 'clear',
    pattern: new RegExp(
      String.raw`${NOT_THE_SPEAKER}\b${TAKEN}\b[^.!?]{0,30}\b${POISON}\b[^.!?]{0,40}\b${ACCIDENT}`,
    ),
  },
  {
    // "he's in my room again and i cant get out", "she is outside my door screaming"
    id: 'abuser-present-afraid',
    type: 'abuse',
    level: 'clear',
    selfWhateverSubject: true,
    pattern: new RegExp(
      String.raw`\b${HOLDER}${PRESENT_AT}\b[^.!?]{0,60}\b${FEAR_NOW}|\b${FEAR_NOW}\b[^.!?]{0,40}\b${HOLDER}${PRESENT_AT}\b`,
    ),
  },
  {
    // "he's in my room again": asked about, the answer settles it
    id: 'abuser-present-again',
    type: 'abuse',
    level: 'possible',
    selfWhateverSubject: true,
    // (a brother or a flatmate in one's room again is most often a squabble: only with fear, above)
    pattern: new RegExp(
      String.raw`(?<!\b(?:brother|sister|flatmate|roommate) )\b(?!my (?:brother|sister|flatmate|roommate)\b)${HOLDER}${PRESENT_AT}\b[^.!?]{0,20}\b(?:again|right now|rn|now)\b`,
    ),
  },
  {
    // "my ex said hes coming round tonight with a knife", "he's waiting outside my work with a bat"
    id: 'threat-with-weapon-and-time',
    type: 'abuse',
    level: 'clear',
    selfWhateverSubject: true,
    pattern: new RegExp(
      String.raw`\b${ON_THE_WAY}\b[^.!?]{0,40}\bwith (?:a |an |his |her |the )?${WEAPON}\b|\bwith (?:a |an |his |her |the )?${WEAPON}\b[^.!?]{0,40}\b${ON_THE_WAY}\b`,
    ),
  },
  {
    // "the car park roof on level 6, thats where", "the bridge on the a road, its high enough"
    id: 'place-and-height',
    type: 'suicide',
    level: 'clear',
    pattern: new RegExp(
      String.raw`\b${HEIGHT_PLACE}\b[^.!?]{0,40}\b${HEIGHT}\b[^.!?]{0,40}\b${ON_PURPOSE}|\b${HEIGHT_PLACE}\b[^.!?]{0,40}\b(?:high enough|tall enough|enough of a drop|big enough drop|far enough down|long enough drop)\b|\b${HEIGHT}\b[^.!?]{0,30}\b${HEIGHT_PLACE}\b[^.!?]{0,30}\b${ON_PURPOSE}`,
    ),
  },
  {
    // "2nite is the nite", "tonite's the nyt" (normalised to "tonight"): the night chosen, asked about; a plan sign
    // beside it raises it (risk-intent-now.ts). A night out looked forward to is no such night
    id: 'tonight-is-the-night',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:tonight|tonite|2nite|2night)(?:'?s| is) the (?:night|nite|nyt)\b(?!\s*!)(?![^.?]{0,50}\b(?:date|party|gig|concert|game|match|show|premiere|launch|finale|wedding|propos\w*|prom|birthday|celebrat\w*|night out|drinks|fun|excited|cant wait|can'?t wait|finally|big night|lads|girls|team|we)\b)/,
  },
];

// a poison already down is the crisis whatever the learned reader makes of it (risk-doubt.ts): its words are rare
const SWALLOWED_NOW = RISK_CUES_NOW.filter((cue) => cue.id.startsWith('poison-taken')).map(
  (cue) => cue.pattern,
);

/** Whether the words read are a poison already taken (kept `clear` past the learned reader's doubt). */
export function poisonTaken(words: string): boolean {
  return SWALLOWED_NOW.some((pattern) => pattern.test(words));
}

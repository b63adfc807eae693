/**
 * Round 18, by kind (harm to others missed in eight of the seen sets, v2–v32): harm to a named other said as a
 * step taken now or fixed for a time, with a vehicle or a weapon and no word of killing.
 * - a vehicle turned on a person or their car: "gonna ram her car tomorrow", "going to drive into his van";
 * - a weapon carried to where the other person is: "driving to his house with a bat", "i know where she works
 *   and i'm going there with the machete";
 * - a weapon readied while waiting for them: "loaded the shotgun and i'm sat waiting for him".
 * All `clear`: each names the other person, the means and the step.
 */
import type { RiskCue } from './risk-cues.ts';

const INTENT =
  "(?:i'?m (?:going to|gonna|about to)|im (?:going to|gonna|about to)|i am (?:going to|about to)|i'?ll|ill|i will|gonna|going to)";
const THEIR =
  "(?:his|her|their|that (?:\\w+'?s|bastard'?s|bitch'?s|idiot'?s|prick'?s)|my (?:ex|boss|manager|neighbou?r|landlord|stepdad|brother|sister)'?s?)";
const WEAPON =
  '(?:crowbar|baseball bat|cricket bat|bat|knife|knives|machete|axe|hatchet|gun|shotgun|rifle|pistol|blade|hammer|wrench|spanner|iron bar|metal bar|tyre iron)';
const THEIR_PLACE = `(?:${THEIR} (?:house|home|place|flat|work|office|shop|door|gaff|yard|caravan|van|farm)|where (?:he|she|they) (?:works?|lives?|drinks?|parks?)|there)`;
// "going round to my brother's with the hammer to put his shelves up": a weapon that is a tool, said with the job
const A_JOB_TO_DO =
  '(?![^.!?]{0,40}\\b(?:to (?:fix|put up|hang|build|mend|help|chop|split|cut (?:the|some) (?:wood|logs|hedge))|for (?:the|his|her|their) (?:shelves|fence|shed|logs|wood|garden|decking|job)))';

export const RISK_CUES_ARMED_INTENT: readonly RiskCue[] = [
  {
    // "gonna ram his car tomorrow with mine", "i'll plough into her van at the lights"
    id: 'vehicle-turned-on-someone',
    type: 'harm-to-others',
    level: 'clear',
    pattern: new RegExp(
      String.raw`\b${INTENT} (?:just )?(?:ram|plough into|plow into|smash into|drive into|crash into|mow down) ${THEIR} (?:car|van|truck|lorry|bike|motorbike|pickup|ute)\b`,
    ),
  },
  {
    // "driving to his house with a bat", "heading round there with the machete", "going to her work with a knife"
    id: 'weapon-carried-to-them',
    type: 'harm-to-others',
    level: 'clear',
    pattern: new RegExp(
      String.raw`\b(?:driving|going|heading|walking|coming|on my way|off|getting in the car|gonna go|going to go|ill go|i'?ll go) (?:(?:round|over|up|down|back) )?(?:to )?${THEIR_PLACE}\b[^.!?]{0,25}\bwith (?:a|the|my|his|this) ${WEAPON}\b${A_JOB_TO_DO}`,
    ),
  },
  {
    // "loaded the shotgun and sat by the door waiting for him", "sharpened the axe, now im waiting for her"
    id: 'weapon-readied-waiting',
    type: 'harm-to-others',
    level: 'clear',
    pattern: new RegExp(
      String.raw`\b(?:sharpened|loaded|got out|took out|grabbed|fetched|picked up|have|got) (?:the|my|a|his) ${WEAPON}\b[^.!?]{0,60}\b(?:waiting|wait) (?:up )?for (?:him|her|them|that \w+|my (?:ex|neighbou?r|boss|landlord|stepdad))\b`,
    ),
  },
];

/**
 * Round 18, by kind (medical misses that came back in set after set, v7–v32): a body's alarm said in plain words,
 * two signs together, where one alone is everyday. Read as the person's emergency whoever has the signs: the
 * person is the one who must act (as risk-cues-red-flags.ts).
 * - a fever with a stiff neck (meningitis, in first-aid courses), or a fever with confusion or no fluids kept down:
 *   `possible`, the person is asked;
 * - a diabetic who is confused, sweaty and shaking, or will not wake (a hypo): `clear`;
 * - numbness or tingling that climbs ("started in my toes and now it's up to my knees"): `possible`;
 * - heat with sweating stopped (heatstroke): `clear`;
 * - a lump that has grown: `possible`.
 */
import type { RiskCue } from './risk-cues.ts';

const FEVER =
  '(?:fever|temperature|temp\\b|burning up|(?:body|head|skin) (?:is |feels )?(?:very |so |really )?(?:hot|burning))';
const STIFF_NECK =
  "(?:stiff neck|neck (?:is |feels |has gone |gone )?(?:so |very |really |too )?stiff|can'?t (?:bend|move) (?:my|her|his) neck)";
const HYPO_SIGNS =
  "(?:confused|not making sense|making no sense|slurring|sweaty|sweating|shaking|shaky|clammy|drowsy|won'?t wake|wont wake|can'?t wake|cant wake|unresponsive|passed out|fitting|not himself|not herself)";
const LIMB_END = '(?:toes|feet|foot|fingers|hands|legs|ankles|shins)';
const CLIMBS =
  "(?:(?:going|gone|moving|moved|spreading|spread|creeping|crept|climbing|working its way) (?:up|into)|(?:now|and now)(?: it'?s| its)? (?:up|in) (?:to )?(?:my|her|his))";

export const RISK_CUES_BODY_ALARM: readonly RiskCue[] = [
  {
    // "temperature of 39 and my neck's so stiff i can't look down", "stiff neck and a fever since tuesday"
    id: 'fever-and-stiff-neck',
    type: 'medical-emergency',
    level: 'possible',
    selfWhateverSubject: true,
    pattern: new RegExp(
      String.raw`\b${FEVER}[^.!?]{0,60}\b${STIFF_NECK}|\b${STIFF_NECK}[^.!?]{0,60}\b${FEVER}`,
    ),
  },
  {
    // "temp for three days and now he's confused and won't drink": a fever that has gone on, with the mind or the
    // fluids going too
    id: 'fever-then-confused',
    type: 'medical-emergency',
    level: 'possible',
    selfWhateverSubject: true,
    pattern: new RegExp(
      String.raw`\b${FEVER}[^.!?]{0,60}\b(?:confused|not making sense|drowsy|floppy|delirious|can'?t keep (?:anything|water|fluids|drinks) down|cant keep (?:anything|water|fluids|drinks) down|can'?t drink|cant drink|not drinking|won'?t drink|wont drink)\b`,
    ),
  },
  {
    // "my mum's diabetic and she's clammy and not making sense", "type 1, shaking and confused, cant think"
    id: 'diabetic-hypo-signs',
    type: 'medical-emergency',
    level: 'clear',
    selfWhateverSubject: true,
    pattern: new RegExp(
      String.raw`\b(?:diabetic|diabetes|type (?:1|one|2|two)|insulin)\b[^.!?]{0,60}\b${HYPO_SIGNS}[^.!?]{0,30}\b(?:and|,)\b[^.!?]{0,30}\b${HYPO_SIGNS}\b|\b(?:diabetic|diabetes|insulin)\b[^.!?]{0,60}\b(?:won'?t wake|wont wake|can'?t wake|cant wake|unresponsive|passed out|fitting)\b`,
    ),
  },
  {
    // "the tingling started in my toes and now it's up to my knees", "cant feel my hands and its spreading up"
    id: 'numbness-climbing',
    type: 'medical-emergency',
    level: 'possible',
    selfWhateverSubject: true,
    pattern: new RegExp(
      String.raw`\b(?:numb(?:ness)?|tingl(?:e|ing|y)|pins and needles|(?:can'?t|cant|cannot|unable to|(?:haven'?t|havent|have not|not) been able to) feel|no feeling in)\b[^.!?]{0,40}\b${LIMB_END}\b[^.!?]{0,50}\b${CLIMBS}\b`,
    ),
  },
  {
    // "out on the roof all day in the sun and i've stopped sweating", "heatstroke maybe, not sweating any more"
    id: 'heat-and-no-sweat',
    type: 'medical-emergency',
    level: 'clear',
    selfWhateverSubject: true,
    pattern:
      /\b(?:sun|heat|hot|degrees|heatstroke|sunstroke|scorching|boiling|field|roof)\b[^.!?]{0,80}\b(?:stopped sweating|(?:not|no longer|isn'?t|isnt|aren'?t|im not|i'?m not) sweating (?:any ?more|at all|now)|can'?t sweat|cant sweat)|\b(?:stopped sweating|not sweating (?:any ?more|at all))\b[^.!?]{0,60}\b(?:sun|heat|hot|degrees|heatstroke|sunstroke|confused|dizzy)\b/,
  },
  {
    // "this lump in my armpit has doubled", "lump in my breast that's got bigger": a lump that grows
    id: 'lump-growing',
    type: 'medical-emergency',
    level: 'possible',
    selfWhateverSubject: true,
    pattern:
      /\blump\b[^.!?]{0,50}\b(?:(?:has |have |'s |is |it'?s |its )?(?:got|gotten|getting|grown|grew|growing) (?:bigger|larger|worse)|doubled|(?:got|gotten|getting|grown) (?:a lot |much |way )?bigger)\b/,
  },
];

/**
 * Risk kinds that recur across writers (round 7): each cue below was missed by at least two of the
 * eight blind sets' writers or the writers' training sets, and was checked on all twelve labelled sets
 * before it went in: every item its pattern matches is labelled a disclosure (own or someone else's),
 * none ordinary. A shaken baby, "the thing with the compass", a pension or bank card taken by the
 * person who cares for them, an ex who keeps turning up, knowing when someone leaves the car park, and
 * the body failing in plain words (one side gone floppy, slurred words, lips turning blue, a battery
 * swallowed, a rash that does not fade, chest pain reaching the arm, one hand or arm numb). Read in
 * context by risk-cue-reader.ts like the other cues.
 */
import type { RiskCue } from './risk-cues.ts';

const CHILD = '(?:baby|toddler|newborn|kid|child|son|daughter)';
const CARER =
  '(?:he|she|they|son|daughter|carer|husband|wife|partner|grandson|granddaughter|nephew|niece|in law|brother|sister|mum|dad|boyfriend|girlfriend)';
const SOMEONE =
  "(?:he|she|hes|shes|he's|she's|dad|mum|mom|husband|wife|grandad|grandpa|grandma|gran|nan|son|daughter)";

export const RISK_CUES_RECURRING: readonly RiskCue[] = [
  {
    // "i shook the baby. not hard", "i shook the baby really hard just now" (v4, v7, v8)
    id: 'baby-shaken',
    type: 'harm-to-others',
    level: 'clear',
    pattern: new RegExp(String.raw`\b(?:shook|shaken) (?:the|my|our|a) ${CHILD}\b`),
  },
  {
    // "i feel like i'll shake him if he doesnt stop", "scared ill shake her" (v1–v3, writers)
    id: 'baby-shake-feared',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      /\b(?:i'?ll|ill|i will|i might|i'?m going to|im going to|gonna|close to|urge to|want to|wanting to|thoughts of) (?:shake|shaking) (?:him|her|them|the baby|my baby|the kid)\b/,
    negationInside: true,
  },
  {
    // "did the thing with the compass again", "getting the compass out of my pencil case" (v4, v7, writers)
    id: 'compass',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /\b(?:the thing with the compass|(?:the |my )?compass out\b|(?:used|using|use) (?:the |my )?compass (?:on|again))/,
    negationInside: true,
  },
  {
    // "my son takes my pension every week", "the carer ... takes money from my purse",
    // "my daughter in law keeps my pension card" (v1, v3, v5, v7, v8)
    id: 'money-taken',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b${CARER} (?:\w+ ){0,10}(?:takes|took|keeps|kept|steals|stole|is taking|has taken|has been taking) (?:all )?(?:my (?:pension|benefits?|bank card|pension card|card|savings|allowance|money)|money (?:from|out of) my (?:purse|wallet|account|bag))`,
    ),
    negationInside: true,
  },
  {
    // "my ex keeps turning up at my work", "... outside my house at night" (v4–v8, writers)
    id: 'ex-turning-up',
    type: 'abuse',
    level: 'possible',
    pattern:
      /\b(?:ex|he|she) (?:keeps?|kept|has been|is|keeps on) (?:turning|showing) up (?:at|outside) (?:my|our)\b/,
    negationInside: true,
  },
  {
    // "i've been watching when she leaves the car park", "I know what time he leaves" (v7, writers)
    id: 'target-watched',
    type: 'harm-to-others',
    level: 'possible',
    pattern:
      /\b(?:know|knows|been watching|watching|watched|worked out|found out) (?:exactly )?(?:what time|when|where) (?:he|she|they) (?:leaves|parks|gets off|finishes|walks)\b/,
    negationInside: true,
  },
  {
    // "mum has gone all floppy on one side and her words are slurred", "my face feels weird on one side
    // and i cant lift my arm", "numbness in your face and arm" (v4, v6–v8, writers)
    id: 'stroke-signs',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      /\b(?:(?:floppy|droopy|drooping|numb|weird|weak|dropped) on one side|(?:words?|speech|talking) (?:is |are |were |was )?(?:all )?slurr\w*|slurring|can'?t lift (?:my|her|his) arm|numbness in (?:my |your |her |his )?face and arm)/,
    negationInside: true,
  },
  {
    // "my husband is diabetic and he's confused and sweaty and not making sense", "dad fell and hit his head,
    // hes not making sense" (v2, v7, v8)
    id: 'confused-not-making-sense',
    type: 'medical-emergency',
    level: 'clear',
    pattern: new RegExp(
      String.raw`\b${SOMEONE}(?: is|'s)? (?:\w+ ){0,4}(?:not making sense|talking nonsense)`,
    ),
    negationInside: true,
  },
  {
    // "my husband has stopped breathing properly, his lips look blue" (v2, v3, v6–v8, writers)
    id: 'breathing-stopped',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      /\b(?:stopped breathing|(?:lips|face|skin) (?:look|looks|looking|are|is|going|turning|gone|went|turned) (?:blue|grey|gray))\b/,
    negationInside: true,
  },
  {
    // "my toddler swallowed a battery i think" (v7); bleach swallowed on purpose is read as suicide elsewhere
    id: 'swallowed-object',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      /\bswallowed (?:a|some|one of|the) (?:\w+ )?(?:battery|batteries|magnets?|coin|detergent|pod|button)\b/,
    negationInside: true,
  },
  {
    // "baby has a fever of 40 and a rash that doesnt fade under a glass" (v3, v7)
    id: 'rash-not-fading',
    type: 'medical-emergency',
    level: 'clear',
    pattern: /\brash (?:that )?(?:doesn'?t|doesnt|does not|won'?t|wont|didn'?t|didnt) fade\b/,
    negationInside: true,
  },
  {
    // "my chest has been tight since lunch and now it's going down my arm", "pins and needles all down my
    // left arm and my chest feels heavy" (v1–v8, writers: every match labelled a disclosure)
    id: 'chest-and-arm',
    type: 'medical-emergency',
    level: 'possible',
    pattern:
      /\b(?:chest|heart)\b.{0,60}\b(?:left arm|down my arm|into my arm|my arm)\b|\bleft arm\b.{0,60}\bchest\b/,
    negationInside: true,
  },
  {
    // "There's been a numbness in my hand on and off all week" (v4, v7, writers); "numb hands when i'm
    // anxious" (both hands, with nerves) is a body sensation and stays one
    id: 'one-side-numb',
    type: 'medical-emergency',
    level: 'possible',
    pattern:
      /\bnumb(?:ness)? (?:in )?(?:my )?(?:left |right )?(?:hand|arm|face)\b|\b(?:left |right )?arm (?:is |has gone |went )numb\b/,
    negationInside: true,
  },
];

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
  // — suicide said sideways, kinds shared by several writers —
  {
    // "i dont think im gonna be here much longer", "dont see myself sticking around", "idk why im still
    // here", "not planning on being here for it" (v4, v7, v8, writers)
    id: 'not-here-longer',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:(?:here|around) (?:much|for (?:much|very)) longer|sticking around|(?:be|being) (?:here|around) for it|why (?:i'?m|im|i am) (?:even )?still here)\b/,
    negationInside: true,
  },
  {
    // "set a date. the 14th", "picked a date", "i have a plan and a date" (v3, v7, writers)
    id: 'date-set',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:(?:i'?ve |i |ive )?(?:set|picked|chose|chosen) (?:a|the) date|(?:a|the) plan and a date)\b(?! (?:for|with|to|night)\b)/,
  },
  {
    // "I've been stockpiling my prescription", "stockpiling my tramadol" (v3, v8)
    id: 'stockpiling',
    type: 'suicide',
    level: 'clear',
    pattern: /\bstockpil\w+/,
  },
  {
    // "looked up the tallest car park in town", "checked how high my balcony is" (v3, v7, writers)
    id: 'height-checked',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:looked up|checked|googled|measured|searched) (?:how (?:tall|high)|the (?:tallest|highest))/,
  },
  {
    // "whats the most painless way", "googled how much paracetamol is too much", "been reading up how much it
    // takes", "googled some stuff about how people do it" (v3, v4, writers)
    id: 'method-looked-up',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:painless way|how much (?:\w+ )?(?:is too much|it takes)|how people do it|how to do it without pain)\b/,
    negationInside: true,
  },
  {
    // "i want out of life", "hate my life so much i want out of it", "i want off this ride", "checking out
    // early" (writers v3, v4)
    id: 'want-out',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:want|wanna|wanted) (?:out of (?:life|it|here|this life|this world)|off this ride)|\bchecking out early\b/,
  },
  {
    // "I've had enough of life", "whether it's worth carrying on at my age", "I do not see the purpose in
    // continuing", "I do not wish to continue" (older voices: v1, v2, v4, v7, writers)
    id: 'enough-of-life',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:had enough of|tired of|done with) (?:life|living|this world|the world|this life)\b|\b(?:worth|point in|purpose in) (?:carrying on|continuing|going on)\b|\bnot wish to (?:continue|carry on|go on)\b/,
    negationInside: true,
  },
  {
    // "i swear ill do something to myself", "i dont know what ill do to myself" (v2, v8)
    id: 'do-to-myself',
    type: 'suicide',
    level: 'possible',
    pattern: /\b(?:do something to myself|what (?:i'?ll|ill|i will|i might|i'?d|id) do to myself)\b/,
    negationInside: true,
  },
  {
    // "my family would get over it in a week", "my mum would be sad for like a week then fine" (v4, writers)
    id: 'missed-briefly',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:would|will|'d|wud) (?:get over it|be (?:sad|upset) for (?:like )?a (?:week|day|bit|month))/,
  },
  {
    // "c u t again, dont tell me to call someone", "just cut again", "did it again. deeper this time" (every
    // labelled "cut again" on the twelve sets is self-harm)
    id: 'cut-again',
    type: 'self-harm',
    level: 'clear',
    pattern:
      /(?<!\b(?:power|call|line|signal|wifi|connection|they|he|she|hair|price|prices|got|gets|get|been|being|was|were) )\bcut again\b|\bdid it again\b.{0,30}\bdeeper\b/,
    negationInside: true,
  },
  {
    // "end it" said alone, "i just want it to end", "the thought of ending things is weirdly comforting"
    // (v4, v8, writers)
    id: 'end-it-bare',
    type: 'suicide',
    level: 'possible',
    pattern:
      /^\W*(?:i (?:just )?(?:want|wanna) (?:to )?)?end it\W*$|\bi (?:just )?(?:want|wanna) (?:it|this|everything|all this) to (?:end|stop)\W*$|\bending (?:it|things|it all|my life) (?:is|feels|sounds|seems) (?:\w+ )?(?:comforting|tempting|appealing|peaceful)/,
  },
];

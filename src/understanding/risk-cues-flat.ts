/**
 * Round 17, second part: risk said flatly, with none of the older cues' words (the lead's classes of miss on fresh
 * understanding-v31, written as kinds, never its items):
 * - a recent attempt told as a plain fact ("i attempted on sunday, nobody knows"): `clear` suicide;
 * - a plan and the means named together, no method said ("got a plan and the means"): `clear`;
 * - a place of falling or drowning with tonight and no coming back: `clear`;
 * - the way out that is not said ("no way out but the one i won't name"); "why am i even still here": `possible`;
 * - harm to a named other said plainly ("one day i'll do something bad to my boss", "something in his tea");
 * - a step-parent's or parent's hitting that goes on ("slaps me when mum is out, for years"): `clear` abuse;
 * - an emergency told in everyday words: out of icy water and shaking, a hip or leg broken and unable to get up.
 * `RISK_CUES_FLAT_ACROSS` may cross a full stop ("at the lake now. going in. i can't swim"), read on the whole turn.
 */
import type { RiskCue } from './risk-cues.ts';

const I_SUBJECT = "(?:^|[,;:]\\s*|\\bi |\\bi've |\\bive |\\bi have |\\bi just |\\bi actually )";
// "attempted the exam", "made an attempt to call her", "an attempt at baking": a thing attempted is not an attempt
const NOT_A_THING_ATTEMPTED =
  '(?! (?:to|at|it|the|a|an|my|this|that|some|his|her|their|our|your|one|again to)\\b)';
// "attempted in 2015, got help", "attempted once, years back": told as history, the older cues read it `past`
const NOT_LONG_AGO =
  '(?![^.!?]{0,40}\\b(?:in (?:19|20)\\d\\d|when i was|at (?:age )?\\d|\\d+ (?:years?|yrs?) ago|years (?:back|ago)|a few years|long time ago|got help|came through|better now|good place|recovered|once\\b))';
const WATER_OR_DROP =
  '(?:cliffs?|cliff edge|edge|quarry|bridge|viaduct|roof|rooftop|car ?park|tracks|railway|river|lake|loch|lough|sea|beach|pier|canal|reservoir|harbour|woods|forest)';
const NOT_COMING_BACK =
  "(?:(?:won'?t|wont|will not|not|don'?t think i'?ll|dont think ill|don'?t think i'?m|dont think im) (?:be )?(?:coming|come|going|go|walking|walk|driving) back(?! (?:till|until|til|before|for|tomorrow|from|to|with|after|in)\\b)|no coming back|one way trip|one-way trip)";
const PARENT_FIGURE =
  '(?:step ?dad|step ?father|step ?mum|step ?mom|step ?mother|dad|mum|mom|father|mother|stepparent|step-parent|step-dad|step-mum|step-mom|uncle|aunt|gran|grandad|nan|carer|foster (?:mum|mom|dad|parent))';
const STRIKES = '(?:slaps|hits|punches|kicks|beats|smacks|whacks|belts|chokes|throws)';
const GOES_ON =
  "(?:when (?:my )?(?:mum|mom|dad|nobody|no one|no-one)(?:'s| is| isnt| isn't| is not)? ?(?:not |isn'?t |isnt )?(?:home|around|in|there|out|at work|away|gone)|whenever|every (?:time|day|night|week)|all the time|for (?:ages|years|months)|has done for|been going on|most (?:days|nights))";
const OTHER_PERSON =
  '(?:my (?:boss|manager|supervisor|teacher|ex|stepdad|stepmum|dad|mum|brother|sister|neighbou?r|landlord|flatmate|roommate|coworker|co-worker|colleague|husband|wife|partner|boyfriend|girlfriend)|him|her|them|that (?:man|woman|guy|girl|bloke|teacher|kid))';
const DRINK_OR_FOOD = '(?:tea|coffee|drink|cup|mug|food|dinner|lunch|meal|water|pint|bottle|soup|wine)';
const COLD_WATER =
  '(?:through the ice|into the (?:ice|icy water|freezing water|river|lake|canal|sea|pond|water|loch|lough|reservoir)|in the (?:icy|freezing) water)';

export const RISK_CUES_FLAT: readonly RiskCue[] = [
  {
    // "i attempted on sunday. nobody knows", "made an attempt last week", "attempted again yesterday"
    id: 'attempt-told-flat',
    type: 'suicide',
    level: 'clear',
    pattern: new RegExp(
      String.raw`${I_SUBJECT}(?:attempted(?: suicide)?|made an? (?:suicide )?attempt|had an? (?:suicide )?attempt)\b${NOT_A_THING_ATTEMPTED}${NOT_LONG_AGO}`,
    ),
  },
  {
    // "i've got a plan and the means", "got a plan, got what i need", "have the plan and the stuff"
    id: 'plan-and-means',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:got|have|made|i've|ive)(?: got)? (?:a|the|my) plan\b[^.!?]{0,20}(?:\band|,|&|\bplus) (?:i (?:have|'ve got|ve got|got) |i've |ive |got |have )?(?:the |a )?(?:means|what i need|everything i need|the stuff)\b(?! to (?!do it|end it|go through|finish it|carry it out))/,
  },
  {
    // "no way out except the one i won't say", "only one way out and i can't say it"
    id: 'unsaid-way-out',
    type: 'suicide',
    level: 'possible',
    negationInside: true,
    pattern:
      /\bno (?:way out|exit|escape|other way)\b[^.!?]{0,15}\b(?:except|but|apart from|other than|besides|bar) (?:the |that )?one\b|\bonly (?:one|1) way out\b[^.!?]{0,30}\b(?:can'?t|cant|won'?t|wont|don'?t want to|dont want to) (?:say|name|write|type)\b/,
  },
  {
    // "why am i even still here", "why am i still even alive": not "why am i still here at work at nine"
    id: 'why-still-here',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\bwhy (?:am i|am i even|tf am i|the hell am i|do i) (?:(?:even )?still (?:even )?(?:here|alive|breathing|around)|(?:even )?(?:alive|breathing|existing))\b(?! (?:at|in|on|with|doing|waiting|sitting|working|for (?:the|this|a)|reading|talking|awake)\b)/,
  },
  {
    // "one day i'll do something really bad to my boss"
    id: 'something-bad-to-someone',
    type: 'harm-to-others',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|i could|i might)(?: end up| actually| really| just)? do something (?:very |really |seriously |proper |so )?(?:bad|terrible|awful|violent|stupid) to ${OTHER_PERSON}`,
    ),
  },
  {
    // "thought about putting something in his tea", "keep picturing slipping something into her drink"
    id: 'something-in-their-drink',
    type: 'harm-to-others',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:putting|put|slipping|slip|adding|add|tipping|tip)(?: a little)? (?:something|stuff|a few|some) (?:in|into) (?:his|her|their|my (?:boss|manager|dad|mum|stepdad|husband|wife|partner|ex|flatmate|brother|sister)'?s) ${DRINK_OR_FOOD}\b`,
    ),
  },
  {
    // "my stepdad slaps me when mum isn't home, for ages now"
    id: 'parent-figure-hits-ongoing',
    type: 'abuse',
    level: 'clear',
    selfWhateverSubject: true,
    pattern: new RegExp(String.raw`\b${PARENT_FIGURE} ${STRIKES} me\b[^.!?]{0,40}\b${GOES_ON}`),
  },
  {
    // "went through the ice, i'm out but can't stop shaking"
    id: 'out-of-cold-water-shaking',
    type: 'medical-emergency',
    level: 'clear',
    pattern: new RegExp(
      String.raw`\b${COLD_WATER}\b[^.!?]{0,60}\b(?:can'?t|cant|cannot|won'?t|wont) stop (?:shaking|shivering)|\b(?:can'?t|cant|cannot) feel my (?:hands|feet|fingers|legs)\b[^.!?]{0,40}\b${COLD_WATER}`,
    ),
  },
  {
    // "slipped on the stairs, i think my hip is broken, i can't get up"
    id: 'broken-and-cannot-get-up',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      /\b(?:hip|leg|pelvis|thigh|back|neck)(?:'s| is| has| feels)? (?:broken|snapped|fractured|gone|shattered)\b[^.!?]{0,40}\b(?:can'?t|cant|cannot) (?:get up|stand|move|get off the floor)\b|\b(?:can'?t|cant|cannot) (?:get up|stand|move)\b[^.!?]{0,40}\b(?:hip|leg|pelvis|thigh)(?:'s| is| feels)? (?:broken|snapped|fractured|shattered)\b/,
  },
  {
    // "the gas is on and i've sealed the door", "gas on in the garage, windows taped"; "shut the door" is everyday
    id: 'gas-on-sealed',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\bgas(?:'s| is)? (?:on|running|turned on)\b[^.!?]{0,50}\b(?:sealed|taped|blocked|stuffed)\b[^.!?]{0,20}\b(?:doors?|windows?|gaps?|vents?)\b|\b(?:sealed|taped|blocked|stuffed) (?:up )?(?:the )?(?:doors?|windows?|gaps?|vents?)\b[^.!?]{0,50}\bgas(?:'s| is)? (?:on|running|turned on)\b/,
  },
  {
    // "read up on ways to do it and i've picked one", "looked up how to unalive, chose a way"
    id: 'way-chosen',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:looked up|read up on|researched|googled|searched)(?: up)? (?:ways|how|methods) to (?:do it|die|end it|go|unalive|kms|kill myself|end my life|off myself)\b[^.!?]{0,40}\b(?:picked|chosen|chose|decided on|settled on|got) (?:one|a way|the way|a method|my way|how)\b/,
  },
  {
    // "chest feels crushed and my left arm has gone numb for half an hour"
    id: 'chest-and-arm',
    type: 'medical-emergency',
    level: 'clear',
    pattern:
      /\bchest\b[^.!?]{0,25}\b(?:crush(?:ed|ing)?|squeez(?:ed|ing)|pressure|elephant)\b[^.!?]{0,50}\barm\b[^.!?]{0,20}\b(?:numb|tingling|tingly|dead|heavy|pins and needles)|\barm\b[^.!?]{0,20}\b(?:numb|tingling|tingly|dead)\b[^.!?]{0,50}\bchest\b[^.!?]{0,25}\b(?:crush(?:ed|ing)?|squeez(?:ed|ing)|pressure|elephant)/,
  },
];

export const RISK_CUES_FLAT_ACROSS: readonly RiskCue[] = [
  {
    // "been to the quarry every night, tonight i don't think i'll come back", "the cliff. tonight. not coming back"
    id: 'place-tonight-not-back',
    type: 'suicide',
    level: 'clear',
    pattern: new RegExp(
      String.raw`\b${WATER_OR_DROP}\b[^!?\n]{0,80}\b(?:tonight|tonite|2nite)\b[^!?\n]{0,40}${NOT_COMING_BACK}|\b(?:tonight|tonite|2nite)\b[^!?\n]{0,40}${NOT_COMING_BACK}[^!?\n]{0,40}\b${WATER_OR_DROP}\b`,
    ),
  },
  {
    // "at the lake now. going to go in. i can't swim": at water now, going in, and no swimming, across full stops
    id: 'at-water-going-in',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:at|by|on|standing (?:at|by|on)|stood (?:at|by|on)|sat (?:at|by|on)|sitting (?:at|by|on)) the (?:river|lake|loch|lough|sea|canal|pier|reservoir|harbour|dock|quay|water'?s edge|weir)\b[^!?\n]{0,60}\b(?:go|walk|wade|step|jump|get|going) in\b(?! for)[^!?\n]{0,50}(?:\bi |[.,;]\s*|\band )(?:can'?t|cant|cannot|never (?:learned|learnt|could)(?: to)?|don'?t know how to|dont know how to) swim\b/,
  },
];

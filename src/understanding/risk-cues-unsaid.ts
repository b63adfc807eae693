/**
 * Suicide and self-harm said without their words (round 10, the kinds missed on the seen sets
 * data/blind/understanding-v14 and -v15, written as kinds, not sentences): a means kept or put
 * somewhere, a means or a place the mind keeps going to, an ending arranged ("who gets what",
 * "won't need anything"), the wish to be gone asked as a question ("would anyone miss me if i
 * went"), hoping an illness wins, a future with no place for oneself, the urge at the wheel,
 * images of oneself dead, an attempt interrupted, purging and a cut that bleeds. Most are
 * 'possible': the check-in question is cheap, and the answer settles it.
 */
import type { RiskCue } from './risk-cues.ts';
import { meansPattern } from './risk-means.ts';

// a means put or hidden somewhere: no blades or pills, "put the knife in the drawer" is tidying (risk-means.ts)
const LETHAL_MEANS = meansPattern(['firearm', 'ligature', 'hose', 'charcoal'], ['machete']);
// a means or a place a mind goes back to: what people named in the seen sets, and their near kin
const MEANS_OR_PLACE =
  '(?:bleach|medicine (?:cabinet|cupboard|drawer|box)|pills|tablets|my meds|the meds|harbour(?: wall)?|pier|cliffs?|quarry|bridge|viaduct|railway|train tracks|the tracks|motorway bridge|multi[- ]storey|car park roof|rope|noose|shotgun|rifle|gun|knife|blades?|razors?|gas|hob|exhaust|ledge|rooftop|the roof|the edge|canal|weir|reservoir)';

export const RISK_CUES_UNSAID: readonly RiskCue[] = [
  {
    // "put my dad's old shotgun under my bed today", "got the hose and the tape in the ute",
    // "got the car keys and the hose": a means moved or gathered, no verb of intent needed
    id: 'means-kept',
    type: 'suicide',
    level: 'clear',
    pattern: new RegExp(
      String.raw`\b(?:put|hid|hidden|stashed|moved|brought) (?:my |the |a |his |her )?(?:\w+'?s )?(?:old )?${LETHAL_MEANS} (?:under|in|into|beside|next to|by)\b|\bhose(?:pipe)?\b.{0,30}\b(?:tape|ute|exhaust|boot)\b|\b(?:tape|car keys|keys)\b.{0,20}\bhose(?:pipe)?\b`,
    ),
  },
  {
    // "been looking at the bleach under the sink", "i keep thinking about the medicine cabinet",
    // "my thoughts keep going to the harbour wall at night", "thinking about just leaving the hob on"
    id: 'means-in-thought',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:looking at|thinking (?:about|abt|of)|staring at|thoughts? (?:keeps? )?(?:going|goes|go|drift\w*|wander\w*) (?:back )?to|mind (?:keeps? )?(?:going|goes) (?:back )?to) (?:just )?(?:leaving |turning on )?(?:the |my |that |those )?${MEANS_OR_PLACE}\b(?! (?:fees?|prices?|bills?|meters?|safety|readings?|licen[cs]e|course|class|photos?|pics?|pictures?|designs?|project|plans?|club|team|game|tickets?|views?|walk|cafe|restaurant|cleaner|stains?))`,
    ),
  },
  {
    // "i know exactly what dose would do it", "how many would take to not wake up", "the mezzanine … is high enough"
    id: 'means-measured',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:what|which|how much of a) dose (?:would|will|could) (?:do it|kill|be enough)|\bhow (?:many|much) (?:\w+ )?(?:would|it would) (?:take|be enough) to (?:not wake|die|do it|end it)|\b(?:roof|rooftop|mezzanine|bridge|balcony|building|drop|car park|cliffs?|ledge|tower|flyover|viaduct|top floor)\b[^.!?]{0,30}\b(?:is|looks|are|was) (?:high|tall|deep) enough\b(?! (?:for (?:the|a|my|our) |to (?:see|reach|fit|store|hold|keep|stop)))/,
  },
  {
    // "writing down who gets what. just in case", "sold my cello. last thing. tomorrow i wont need anything"
    id: 'ending-arranged',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:writing|wrote|written|sorting|sorted|working) (?:down |out )?who (?:gets|should get|will get|can have) (?:what|my (?:stuff|things))\b|\b(?:tomorrow|tonight|after (?:tonight|tomorrow|this week)|soon|by (?:then|the weekend|friday)),? i (?:won'?t|wont|will not|shan'?t) need (?:anything|any of (?:it|this|them)|them|it|my \w+)(?: (?:anymore|any more|again))?\b|\btonight'?s the night\b(?=.{0,40}\b(?:just )?want(?:ed)? (?:to )?(?:tell|let) (?:someone|somebody|anyone|you))/,
    negationInside: true,
  },
  {
    // "Seriously considering not being here by the end of the week", "thinking about not being around"
    id: 'not-being-here',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:considering|thinking (?:about|abt|of)|planning(?: on)?|wish(?:ing)? (?:for|about)|dream(?:ing)? (?:about|of)|imagining) not (?:being|existing|waking)(?: (?:here|around|alive|up))?\b/,
    negationInside: true,
  },
  {
    // "would anyone miss me if i went? honest question", "would they even notice if i was gone"
    id: 'missed-if-gone',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\bwould (?:anyone|anybody|people|they|you|my \w+) (?:even |actually |really )?(?:miss me|notice|care) if i (?:went|was gone|were gone|disappeared|died|left for good|wasn'?t (?:here|around)|just went)\b/,
    selfWhateverSubject: true,
  },
  {
    // "why do i keep waking up? every morning is a disappointment", "why keep going honestly",
    // "whats the point of me"; waking at an hour ("why do i keep waking up at 4am") is sleep, not this
    id: 'why-go-on',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\bwhy (?:do i|does my body|should i|would i) (?:keep|even|still) (?:waking up|wake up|bother waking)\b(?! (?:at|in|early|around|before|after|every (?:hour|night)|during|with|so|too|tired|sweat|\d))|\bwhy keep going\b(?! (?:with|to|on|at|for|in|back))|\bwhat'?s the point (?:of|in) me\b|\bwhats the point of me\b/,
  },
  {
    // "i keep hoping the scan comes back bad so i have a reason", "part of me hopes the cancer wins"
    id: 'illness-hoped-for',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:hop(?:e|es|ing)|pray(?:s|ing)?|wish(?:es|ing)?) (?:that )?(?:the |my |this )?(?:cancer|tumou?r|illness|disease|scan|results?|biopsy|test|lump|heart thing)\b.{0,25}\b(?:wins|takes me|gets me|finishes me|comes? back bad|is bad|is terminal|spreads)\b|\b(?:don'?t|dont|do not) care if (?:i|my (?:body|heart)) (?:stop|stops|die|dies|give up|gives (?:up|out)|never wake)\b/,
    negationInside: true,
  },
  {
    // "i can't see a way through this that has me in it", "a future that doesn't have me in it"
    id: 'future-without-me',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:way (?:through|forward|out)|future|ending|version of (?:this|things))\b[^.!?]{0,30}\b(?:that |which )?(?:has|includes|with) me in it\b|\b(?:future|world|plan)s? (?:that )?(?:doesn'?t|does not|don'?t) (?:have|include) me\b/,
    negationInside: true,
  },
  {
    // "the voice in my head says just let go of the wheel", "a version of me that wants to grab the steering wheel
    // and yank it into the lorry", "kinda want to crash the forklift into the racking on purpose"
    id: 'urge-at-the-wheel',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:(?:just|wants? to|urge to|tell(?:s|ing)? me to|says?) (?:let go of|grab|yank|jerk|turn|pull) (?:the )?(?:steering )?wheel\b|(?:yank|swerve|steer|drive|turn) (?:it |the (?:car|van|wheel) )?into (?:the |a )?(?:lorry|oncoming|traffic|truck|bus)\b|(?:crash|drive|steer|swerve|ram)\w* (?:the |my |a )?(?:\w+ )?into\b[^.!?]{0,30}\bon purpose\b)/,
    selfWhateverSubject: true,
  },
  {
    // "if the chopper went down on the way back i wouldnt mind much", "cant see myself getting through this",
    // "sometimes i look at them and think about taking them all" (real-style turns of the seen
    // conversation sets that only the model's ungated guess read, below its bar)
    id: 'indifferent-to-surviving',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\bif (?:the (?:plane|chopper|helicopter|car|bus|train|ship|boat|flight)|i) (?:went down|crashed|didn'?t (?:make it|wake up|come back)|never woke up|got hit|died)\b[^.!?]{0,30}\bi (?:wouldn'?t|wouldnt|would not) (?:mind|care)\b|\b(?:can'?t|cant|cannot) see (?:myself|me) (?:getting through|surviving|making it through|still being here) (?:this|it|another (?:year|winter|week))(?=\s*(?:$|[.!?,]|honestly|tbh|anymore))|\btak(?:e|ing) (?:them|the lot|all of them) all\b(?! (?:to|out|home|with|for|back|in|on|there|the|round|along|camping|swimming|shopping|at once to))/,
    negationInside: true,
  },
  {
    // "my mind keeps showing me pictures of me hanging from the loft hatch"
    id: 'images-of-own-death',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:pictures?|images?|visions?|flashes|scenes?) of (?:me|myself) (?:hanging|dead|dying|jumping|falling from|drowning|bleeding out|in a coffin|on the tracks)\b/,
  },
  {
    // "my cousin found me last week before i could finish. … i still want to": an attempt interrupted
    id: 'attempt-interrupted',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\bfound me\b[^.!?]{0,25}\bbefore i (?:could|had the chance to|managed to) (?:finish|do it|go through with it|end it)\b/,
    selfWhateverSubject: true,
  },
  {
    // "made myself throw up 5 times today", "bleeding quite a lot from where i cut, more than usual"
    id: 'self-harm-unsaid',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /\bmade? myself (?:throw up|be sick|vomit|puke)\b(?! (?:with|from|over|about|worrying|laughing))|\b(?:bleeding|bled|blood)\b[^.!?]{0,30}\bfrom where i (?:cut|burned|burnt|scratched)(?! (?:my (?:finger|thumb|hand)|it|the|a |some|\w+ing))\b/,
  },
];

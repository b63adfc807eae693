/**
 * Round 13, by kind: suicide and self-harm told as a scene, a thing kept or a plain sentence, with no risk word
 * the older cues wait for. Fresh writers keep saying it this way (issue #16's misses on v19/v20 and the classes
 * the lead passed on from a sealed set):
 * - a place of water or height pictured as welcoming ("the water would be so quiet"), or the person at the end
 *   of a pier or the edge of a drop at night;
 * - a method set up in a car (a pipe on the exhaust, windows taped), a knot tested on a beam, the means held or
 *   stared at ("sat with dad's old revolver in my lap", "staring at the weedkiller"), kept "for a reason";
 * - an act with no name tied to a time when nobody is around ("planned it for friday when my flatmate is away",
 *   "after we finish talking i'm going to do it"), or the last night ("after tonight nobody will have to …");
 * - passive ideation in plain words ("can't see the point of another morning", "my life is finished", "done
 *   with everything", "no reason to stick around");
 * - an old self-harm habit wished for now ("want to cut like i used to").
 * Levels are 'possible' unless the method is in place: the check-in question is cheap, the answer settles it.
 */
import type { RiskCue } from './risk-cues.ts';
import { KITCHEN_WORK, meansPattern } from './risk-means.ts';

const WATER_OR_DROP = '(?:water|river|sea|lake|loch|canal|reservoir|drop|fall|waves|tide|current|quarry)';
const NOBODY_AROUND =
  "(?:every(?:one|body|1)|the (?:house|kids|children|others)|my (?:flatmate|roommate|housemate|wife|husband|partner|mum|mom|dad|parents|family|kids|boyfriend|girlfriend|bf|gf)s?|they|he|she)(?:'s|s|'re| is| are| has| have| goes| go)? (?:(?:all |gone )?(?:out|asleep|away|at (?:work|school|her \\w+|his \\w+|their \\w+|the \\w+)|in bed|gone|left)|gone (?:out|to bed|away))";
// a means held, stared at or kept "for a reason" (risk-means.ts)
const MEANS_HELD = meansPattern(['medicine', 'firearm', 'poison', 'ligature', 'blade'], ['medicine']);

export const RISK_CUES_SCENES: readonly RiskCue[] = [
  {
    // "the river would be so quiet", "how cold the water would be tonight": water or a drop pictured as welcoming
    id: 'water-pictured-welcoming',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:the )?${WATER_OR_DROP} (?:would|'d|will|could|might) (?:be|feel) (?:so |very |really |nice and )?(?:quiet|peaceful|calm|still|quick|easy|welcoming|soft|painless|gentle|final)\b|\bhow (?:cold|deep|high|far down|quick|fast) the ${WATER_OR_DROP} (?:would be|is at night|would feel)`,
    ),
  },
  {
    // "sitting on the end of the jetty, it's dark", "at the edge of the quarry on my own": the person there, now
    id: 'edge-of-water-or-drop-now',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:on|at) the (?:very )?(?:end|edge) of (?:the |a )?(?:pier|jetty|dock|quay|harbour wall|breakwater|cliffs?|quarry|bridge|platform|roof|car park|multi ?storey)\b[^.!?]{0,60}\b(?:now|right now|rn|tonight|in the dark|it'?s dark|its dark|on my own|alone|at night|by myself)\b|\b(?:now|right now|rn|tonight|alone|on my own)\b[^.!?]{0,30}\b(?:on|at) the (?:very )?(?:end|edge) of (?:the |a )?(?:pier|jetty|dock|quay|harbour wall|breakwater|cliffs?|quarry|bridge)\b/,
  },
  {
    // "the pipe is on the exhaust and the windows are taped", "tested the knot on the loft beam": the method in place
    id: 'method-in-place',
    type: 'suicide',
    level: 'clear',
    pattern:
      /\b(?:hose|hosepipe|pipe|tube)\b[^.!?]{0,40}\b(?:exhaust|through the (?:car )?window)|\b(?:taped|taping|sealed|sealing) (?:up )?(?:the |all the )?(?:car )?(?:windows|vents|gaps)\b[^.!?]{0,60}\b(?:car|garage|engine|charcoal|exhaust|hose)\b|\b(?:car|garage)\b[^.!?]{0,60}\b(?:taped|sealed) (?:up )?(?:the |all the )?(?:windows|vents|gaps)|\b(?:test(?:ed|ing)?|tried) (?:it|the knot|the rope|the belt|the cord|the flex) (?:on|from|against) (?:the |a )?(?:loft |garage |landing )?(?:beam|banister|bannister|hook|rail|tree|door|pipe)\b/,
  },
  {
    // "sit with daddy's old revolver in my lap", "staring at the bottle of weedkiller", "hands full of pills"
    id: 'means-held-or-stared-at',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b${MEANS_HELD} (?:in|on) my (?:lap|hands?|palm|mouth)\b(?![^.!?]{0,40}\b${KITCHEN_WORK})|\bin my lap\b[^.!?]{0,30}\b${MEANS_HELD}\b|\b(?:hands?|palms?|fist) (?:is |are )?full of (?:pills|tablets|meds|paracetamol)|\b(?:staring|stared|stare|sat looking|sitting looking|keep looking|kept looking|been looking) at (?:the |a |my |that |this |his |her |(?:\w+'?s )?)?(?:old )?(?:bottle of |box of |packet of |pack of )?${MEANS_HELD}\b`,
    ),
  },
  {
    // "i kept my dad's heart tablets for a reason", "still have her morphine, just in case": means kept back
    id: 'means-kept-for-a-reason',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:kept|keeping|keep|still (?:have|got)|saved|hid|hidden|hiding) (?:all )?(?:of )?(?:my |his |her |their |the |(?:\w+'?s )?)?(?:old |heart |spare |leftover )?${MEANS_HELD}\b[^.!?]{0,60}\b(?:for a reason|just in case|(?:i )?know why|you never know|for (?:later|one day|the right time|a bad day|when i need))|\b${MEANS_HELD}\b[^.!?]{0,60}\b(?:kept|keeping|keep|saved|hid|hidden) (?:it|them) (?:for a reason|just in case|for (?:later|one day|the right time))`,
    ),
  },
  {
    // "planned it for friday when my flatmate is away", "gonna finish it tonight after the kids are asleep"
    id: 'act-unnamed-when-nobody-around',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:planned|planning|plan|go through with|going through with|finish|end|ending|doing) it\b[^.!?]{0,40}\b(?:when|while|once|after) ${NOBODY_AROUND}`,
    ),
  },
  {
    // "after i finish talking to you i'm going to do it", "once this chat is over i'll go through with it"
    id: 'act-unnamed-after-this-talk',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:after|once|when) (?:i(?:'?m| am)? (?:finish(?:ed)?|done) (?:talking|chatting|typing)(?: to you| with you| here)?|(?:this|we finish (?:this|the)|our) (?:chat|talk|conversation)(?: is (?:over|done|finished))?|we(?:'re| are)? (?:done|finished) (?:talking|here))\b[^.!?]{0,20}\b(?:i'?m|im|i am|i'?ll|ill|i will)(?: going to| gonna)? (?:do it|go through with it|go)\b(?! (?:to|and|back|shopping|out|for|home|on|with)\b)/,
  },
  {
    // "after tonight nobody will have to worry about me again", "they won't have to deal with me anymore"
    id: 'nobody-will-have-to-again',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:nobody|no one|noone|they|you|he|she|my \w+|everyone)(?:'?ll| will| won'?t| wont| will not| will never)? (?:have to|need to|be able to) (?:worry|deal|put up|cope|bother|look after|care|carry|clean up)(?: about| with| for| after)? me\b[^.!?]{0,20}\b(?:again|anymore|any more|after (?:tonight|tomorrow|this|today))|\bafter (?:tonight|tomorrow|today)\b[^.!?]{0,30}\b(?:nobody|no one|noone|they|you|i)(?:'?ll| will)? (?:won'?t|wont|will not|never|not) (?:have to|need to) (?:worry|deal|feel|face|wake|pretend|suffer|hurt|carry|see me)/,
    negationInside: true,
    selfWhateverSubject: true,
  },
  {
    // "nobody would find me till monday", "nobody knows it's deliberate": an act planned to go unseen
    id: 'unseen-on-purpose',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:nobody|no one|noone)(?: would| will|'?d| wud)? (?:find|notice|miss|know|check on) me (?:till|until|for|before)\b|\b(?:nobody|no one|noone) knows (?:it'?s|its|it is|that it'?s|i'?m doing it) (?:deliberate|on purpose)/,
    negationInside: true,
  },
  {
    // "the train went past and i nearly.", "went to the woods with a rope and sat there", "jumped off the pier earlier"
    id: 'nearly-or-went-with-means',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:and )?i (?:nearly|almost)\s*(?:[.…]+|$)|\b(?:went|go|going|drove|walked|took myself) (?:to|into|up|down) (?:the )?(?:woods|forest|bridge|cliffs?|river|quarry|loft|garage|tracks|railway|car park)\b[^.!?]{0,40}\bwith (?:a |the |my )?(?:rope|belt|cord|pills|tablets|knife|blade|hose|bag and a rope)\b|\b(?:jumped|stepped|walked) (?:off|in front of) (?:the |a )?(?:pier|bridge|cliff|roof|balcony|car park|train|lorry)\b[^.!?]{0,20}\b(?:earlier|today|last night|this morning|yesterday)\b/,
  },
  {
    // "can't see the point of another morning", "dont see any point in going on": no point in living itself
    id: 'no-point-in-living-plain',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:can'?t|cant|cannot|don'?t|dont|do not|no longer|never) see (?:the|a|any) (?:point|reason) (?:of|in|to) (?:another (?:day|morning|week|year)|getting up|waking up|going on|carrying on|living|being (?:here|alive|around)|tomorrow|any of it|it all|life|staying)\b/,
    negationInside: true,
  },
  {
    // "my life is finished", "done with everything, all of it", "no reason to stick around after mum goes"
    id: 'life-over-plain',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:my life (?:is|'s|feels|is basically|is just) (?:over|finished|done|ending)|(?:done|finished)\W{0,3} with (?:everything|it all|life|living|being alive|all of it)(?! (?:at|in|for|on|from|about|today|tonight|this) )|no (?:reason|point) (?:to|in) (?:stick(?:ing)?|hang(?:ing)?|stay(?:ing)?) around|the easy way out\b)(?![^.!?]{0,40}\b(?:lol|lmao|haha\w*|jk|😂|🤣)|[^.!?]{0,20}\b(?:if (?:mum|mom|dad|she|he|they) (?:finds?|sees?)))/,
    negationInside: true,
  },
  {
    // "i want to cut like i used to", "itching to burn myself the way i did at uni": an old habit wished for now
    id: 'self-harm-habit-wished-again',
    type: 'self-harm',
    level: 'possible',
    pattern:
      /\b(?:want|wanna|wanting|urges?|tempted|itching|craving|need|close to|thinking (?:about|of)|feel like)(?: to)? (?:cut|cutting|burn|burning|scratch|scratching|hurt(?:ing)? myself|harm(?:ing)? myself|hit(?:ting)? myself|bang(?:ing)? my head)\b[^.!?]{0,30}\b(?:like|the way|as) i (?:used to|did (?:before|back then|at \w+|in \w+))|\b(?:scars?|marks)\b[^.!?]{0,60}\b(?:started|starting|doing it|cutting|at it) again\b/,
  },
];

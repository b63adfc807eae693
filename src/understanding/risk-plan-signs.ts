/**
 * The words of a plan said without a near time (risk-intent-now.ts raises a possible risk with them). Each sign
 * needs two parts in one sentence, so a single everyday word ("rope", "bridge", "decided") never raises alone:
 * a means and a having of it, a decision and a day or an act, an intent and a suicidal verb, a place and being
 * there, a method and looking it up, a farewell and an ending.
 */

import { meansPattern } from './risk-means.ts';

export type PlanSign = 'means' | 'target' | 'decided' | 'intent' | 'place' | 'method' | 'farewell';

// every kind: a plan sign needs a having of it in the same sentence (risk-means.ts)
const MEANS = meansPattern(
  ['ligature', 'cord', 'medicine', 'poison', 'charcoal', 'hose', 'blade', 'firearm', 'blunt'],
  ['tabs', 'vodka and', 'petrol'],
);
// having it, buying it, putting it by, holding it: "bought rope", "got the pills in my bag", "its loaded"
const MEANS_HELD = new RegExp(
  String.raw`\b(?:keep|kept) (?:my|the|his|her|\w+'s|\w+s)\b[^.!?\n]{0,25}\b${MEANS}\b|\b(?:bought|buy|got|have|having|had|haf|saved|saving|stash(?:ed)?|stockpil\w*|packed|loaded|holding|hold(?! onto)|taken|took|brought|bringing|filled|tied|put)\b[^.!?\n]{0,50}\b${MEANS}\b|\b${MEANS}\b[^.!?\n]{0,40}\b(?:is|are|'s|s|sits?|sitting|been)\b[^.!?\n]{0,30}\b(?:ready|loaded|out|here|next to me|beside me|in (?:the|my) \w+|on the \w+|by the bed)|\b(?:enough|a stash|the whole (?:packet|bottle|box)|all of them)\b[^.!?\n]{0,30}\b(?:saved|now|ready|here)\b|\bsaved up enough\b|\b${MEANS}\b[^.!?\n]{0,20}\b(?:ready|loaded)\b`,
);
// someone's whereabouts known, for harm to others: "i know where he parks", "i know which class she's in"
const TARGET =
  /\bi know (?:where (?:\w+ ){1,3}?(?:parks|lives|works|drinks|is|sleeps)|which (?:class|house|room|route|flat)|(?:his|her|their) (?:route|address|shift))\b/;
// "fully decided", "its all set up", "made up my mind", "friday is the last day", "the plan is"
const DECIDED =
  /\b(?:(?:i'?ve|ive|i have|i'?m|im|fully|already|all) decided|decided already|^decided|made up my mind|mind is made up|all set up|its set up|things are arranged|it'?s arranged|thought it all through|(?:thats|that'?s|this is) the plan|the plan is|i'?ve picked|ive picked|picked the (?:spot|tree|day|place|date)|chosen the (?:spot|day|place|date)|(?:is|will be) (?:my|the) last day|(?:tonight|tonite|2nite|2night)(?:'?s| is) the (?:night|nite|nyt)|i am ready|i'?m ready|im ready)\b/;
// "gonna kms", "i'm going to end it", "going to jump", "i will finish this"
// "scared ill actually do it one day" is fear of oneself, "ngl" is "not gonna lie", "if i fail" is a condition
const INTENT =
  /(?<!\b(?:scared|afraid|worried|terrified|fear|if) )\b(?:(?:gonna|going to)(?! lie)|goin to|gunna|i'?ll|i will|i'?m about to|im about to|planning to|plan to|tryna|i dey plan to|want to try again|wanna try again)\s+(?:\w+\s+){0,3}?(?:kms|kys|kill myself|k[i1!]ll mys[e3]lf|end it\b(?! with (?:him|her|them|my (?:boyfriend|girlfriend|bf|gf|partner|husband|wife|ex|fianc\w*)))|end my life|finish (?:this|it)\b(?!\s+[a-z]{3,})|finish my life|unalive|sui\W?cide|do it|jump|take them all|take (?:the whole|all)|swallow|hang|od\b|overdose|drink the)/;
// standing or parked at a height or an edge now: "im on the bridge", "parked up at the top of the quarry"
const PLACE =
  /\b(?:i'?m|im|i am|standing|stood|sitting|sat|parked(?: up)?|drove|driven|here)\b[^.!?\n]{0,30}\b(?:on|at|by|to|near|over|top of) (?:the )?(?:bridge|cliffs?|edge|ledge|rail(?:ing)?s?|roof(?:top)?|tracks|train line|platform|window|lookout|quarry|pier)\b|^(?:on|at) the (?:bridge|cliffs?|edge|ledge|roof)\b/;
// the method looked up: "googling how many paracetamol it takes", "researched the dose"
const METHOD =
  /\b(?:googl\w+|looked up|looking up|look up|researched|searched|worked out|been counting|counting them)\b[^.!?\n]{0,40}\b(?:how many|how much|the dose|what a \w+ would|would (?:do it|be enough|take)|it would take|it takes|enough|which (?:stretch|bridge|train))\b|\bresearched the dose\b/;
// a farewell with an ending: "last message from me", "gave away my guitar, wont need it", "wrote my will"
const FAREWELL =
  /\b(?:last (?:message|msg|text)|(?:say(?:ing)?|said) (?:goodbye|bye)|this is goodbye|bye everyone|wont need|won'?t need|wont be needing|won'?t be needing|dont need them where|gave away (?:everything|all)|affairs in order|wrote my will|write my will|written my will|sorted (?:out )?the will|will'?s updated|gone by the time|won'?t be around|not going to be around)\b/;

const SIGNS: readonly [PlanSign, RegExp][] = [
  ['means', MEANS_HELD],
  ['target', TARGET],
  ['decided', DECIDED],
  ['intent', INTENT],
  ['place', PLACE],
  ['method', METHOD],
  ['farewell', FAREWELL],
];

// the sign said as a thought that comes and goes, a fear of oneself, a condition or a look taken back: "sometimes i
// hold the razor and just look at it", "been googling how many would be too many. not gonna", "every evening
// standing close to the edge", "scared ill jump", "if i fail this again" (v12–v27's writers marked these possible)
const NOT_A_PLAN =
  /\b(?:sometimes|not gonna|not going to|not planning|didn'?t do|just look(?:ing)?|keep (?:googling|wanting|standing|thinking|looking)|every (?:night|evening|morning|day|time)|each time|scared|afraid|if i|\w+ i mean(?! it| that))\b/;

/** The first plan sign said in the folded turn, or undefined. */
export function planSignOf(folded: string): PlanSign | undefined {
  if (NOT_A_PLAN.test(folded)) return undefined;
  for (const [sign, pattern] of SIGNS) if (pattern.test(folded)) return sign;
  return undefined;
}

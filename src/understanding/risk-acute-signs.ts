/**
 * The words of a danger happening now, by type (risk-intent-now.ts raises an own possible reading with them).
 * v12–v27's writers marked `clear` a harm being done or just done ("he locked me in the bathroom, im typing from
 * in here", "just cut. bleeding a bit", "my lips are going blue") and `possible` the same harm told as a pattern
 * ("he hits me when he drinks", "keep scratching till they bleed when im stressed", "chest pains on and off all
 * week, prob nothing"). A sign is read only where no pattern word is said.
 */

// someone else locked in, coming, outside, or a harm just done or going on
const ABUSE_NOW =
  /\b(?:right now|rn|just now|(?:is|are|he'?s|she'?s|hes|shes) (?:\w+ )?(?:hitting|beating|kicking|banging|smashing|throwing|shouting|screaming|coming (?:up|for me|in|now)|hurting|choking|drinking now)|locked (?:me )?in|(?:i'?m|im|i am) locked|(?:i'?m|im|i am|we'?re|we are) (?:hiding|in the (?:bathroom|cupboard|toilet|car|hallway|wardrobe))|hiding (?:from him|from her|upstairs|in)|(?:outside|at) (?:the|my|our) (?:door|flat|house|window|work)|still (?:here|in the house|outside|downstairs|going on)|coming (?:up|for me)|(?:just|an hour ago|tonight)\b[^.!?\n]{0,30}\b(?:hit|grabbed|threw|kicked|punched|slapped|choked|threatened|pushed|shoved|broke)|(?:hit|grabbed|threw|kicked|punched|slapped|choked|threatened|pushed|shoved|broke)\b[^.!?\n]{0,40}\b(?:tonight|an hour ago|this morning|just now)|(?:has|got|had) a (?:gun|knife)|with the (?:knife|gun)|typing from|last (?:battery|bit of battery)|(?:using|on) (?:my|his|her|the|an?) (?:\w+ )?(?:tablet|ipad|phone))\b/;
// a harm to oneself just done, or going on now
const SELF_HARM_NOW =
  /\b(?:just (?:cut|sh'?d|burned|did it)|fresh cuts?|(?:an?|one|two|\d+) (?:hour|hours|hrs?|mins?|minutes) ago|(?:did|done) it (?:again )?(?:today|tonight|this morning|just now|twice today)|(?:again )?tonight|this morning|last night|right now|rn|doing it now|(?:taking|getting) the blades? out now|deep(?:er)? (?:one|cuts?|this time|than usual)|stitches|wont stop bleeding|won'?t stop bleeding|blood all over|it is bleeding|its bleeding|bleeding (?:a bit|a lot|quite a lot)|cant stop|can'?t stop|went too far|(?:in|on) the \w+ (?:bathroom|floor) with a blade|with a blade|for like \d+ min|until i saw stars|till i saw stars|til i saw stars|till it went fuzzy)\b/;
// a body in danger now
const MEDICAL_NOW =
  /\b(?:lips (?:are |have )?(?:going|gone|turning|turned) blue|can'?t breathe|cant breathe|not moving|not breathing|(?:won'?t|wont|not|hasn'?t|hasnt|doesn'?t|doesnt|didn'?t|didnt) wake|not answer(?:ing)? me|unconscious|(?:sugar|reading|meter|reader)\D{0,25}[0-3](?:[.,]\d)?\b|took (?:too|way) (?:many|much)|overdosed|(?:pills|meds|xanax|tablets|tabs)\b[^.!?\n]{0,40}\b(?:vodka|wine|drink|alcohol|beer)|(?:vodka|wine|drink|alcohol|beer)\b[^.!?\n]{0,40}\b(?:pills|meds|xanax|tablets|tabs)|waters broke|baby is coming|gushing|pouring|(?:wont|won'?t) stop|can'?t stop it|cant stop it|bending (?:the )?wrong way|bent the wrong way|can'?t get up|cannot get up|cant get up|throwing up blood|coughed up blood|coughing blood|bleeding quite a lot|much blood|swallowed)/;
// the same harm as a pattern or a worry for later: "when he drinks", "on and off", "prob nothing", "for a week"
const A_PATTERN =
  /\b(?:on and off|prob(?:ably|s)? nothing|for (?:a|one|two|three|\d+) (?:days?|weeks?|months?)|past few days|every (?:week|weekend|night|day)|most (?:days|nights|weekends)|when(?:ever)? (?:he|she|they|i'?m|im|it) (?:\w+ ){0,2}(?:drinks?|drunk|gets?|stressed|angry|upset|overwhelmed|loud)|sometimes|always|keeps? (?:getting|coughing|doing)|should i worry|is that bad|just a bit)\b/;
// a wish or an urge is not the harm done: "really want to cut rn", "sh urges bad tonight", "wish i could not wake up"
const A_WISH = /\b(?:want|wanna|urges?|thoughts?|wish|relapse|how do i stop)\b/;

const NOW_SIGNS: { [type: string]: RegExp } = {
  abuse: ABUSE_NOW,
  'self-harm': SELF_HARM_NOW,
  'medical-emergency': MEDICAL_NOW,
};

/** Whether the folded turn tells of this type of harm happening now, not as a pattern. */
export function happeningNow(folded: string, type: string): boolean {
  const sign = NOW_SIGNS[type];
  if (!sign?.test(folded)) return false;
  return !A_PATTERN.test(folded) && !A_WISH.test(folded);
}

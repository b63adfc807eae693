/**
 * Is a trigger word addressed to the coach? Decided from the clause text before it:
 * imperative at a clause start ("please nudge me"), a request to "you" ("could you remind me"),
 * or after a fronted condition ("if I freeze, say …"). Reported speech ("my boss keeps
 * reminding me") and negation ("please don't nudge me") are not requests.
 */
const FILLER =
  /(?:^|\s)(?:please|pls|plz|abeg|biko|por\s+favou?r|porfa|per\s+favore|bitte|svp|onegai|lutfan|tafadhali|lol|lmao|tbh|ngl|omg|omfg|ugh|ffs|bruh|jeez|just|maybe|perhaps|also|then|now|kindly|possibly|again|really|honestly|ok|okay|oh|um|uh|hey|well|yeah|yes|sure|sounds good|cool|great|thanks|right|alright|so|and|hmm|i guess|i think|i suppose|if possible|like|actually|still)\s*[,.]?\s*$/;
const BOUNDARY = /(?:^|[,:(]|\s(?:so|and|but|then|please|pls|plz|abeg|or)\s)[^,:(]*$/;
// a politeness marker opens an ask of its own ("i dont know pls tell me …"), and a chat tag closes what came
// before ("my hands are shaking lol just tell me what to type", "omg just tell me what to do"), unless
// someone's words are reported
const POLITE =
  /(?:^|\s)(?:please|pls|plz|abeg|biko|kindly|lol|lmao|tbh|ngl|omg|omfg|ugh|ffs|bruh|jeez|por\s+favou?r|porfa|per\s+favore|bitte|svp|s'il\s+(?:te|vous)\s+pla[iî]t|onegai|lutfan|tafadhali)\s*[,.]?\s*$/;
const REPORTING = /\b(?:said|says|say|told|tells|asked|asks|wrote|texted|goes|went)\s*(?:me\s*)?[,:]?$/;
// a hedge that ends a clause: what follows is a new sentence ("idk just tell me what to do")
const HEDGE_END =
  /\b(?:i\s+(?:do\s+not|don't|dont)\s+(?:know|get\s+it)|idk|no\s+idea|no\s+clue|i'm\s+(?:lost|stuck|confused)|i\s+give\s+up|whatever|i\s+can't\s+(?:think|decide))\s*$/;
const TO_YOU =
  /(?:\b(?:can|could|would|will|cn|cud|wud|cld|can't|won't|canst)\s+(?:you|u|ya|ye)|\b(?:would|do)\s+(?:you|u)\s+mind|\bi(?:'d| would)?\s+(?:need|want|like|love|prefer)\s+(?:it\s+if\s+)?(?:you|u)(?:\s+to)?|\bif\s+(?:you|u)\s+(?:could|can|would)|\b(?:you|u)\s+(?:could|can|should|might|may)|\bi\s+(?:might|may)\s+need\s+(?:you|u)\s+to|\bi'm\s+asking\s+(?:you|u)\s+to|\bcan\s+i\s+get\s+(?:you|u)\s+to|\b(?:would|will|could)\s+(?:you|u)\s+be\s+able\s+to|\bwhy\s+don't\s+(?:you|u))$/;
// "tell me what to do first and then check on me", "give me smaller and check back in 10": a second ask
// joined to a first one; the first part opens with an ask or says no one (a noun phrase: "smaller step")
const ASK_THEN_JOINT = /^(.+?)\s*(?:,\s*)?\b(?:and\s+then|and\s+also|and|then|plus)\s*$/;
const OPENS_WITH_ASK =
  /^(?:(?:please|pls|plz|just|ok|okay|so|now|honestly|right|alright|can|could|would|will)\s+(?:(?:you|u)\s+)?(?:just\s+)?)*(?:tell|give|gimme|make|show|help|walk|send|remind|nudge|ping|break|shrink|cut|write|list|say|explain|let|set|talk|find|pick|choose)\b/;
const SOMEONE =
  /\b(?:i|i'm|im|i'll|ill|i've|ive|he|she|they|we|it|it's|its|my|his|her|their|our|mum|mom|dad|boss)\b/;
const NEGATED =
  /\b(?:don't|dont|do not|doesn't|didn't|never|no need to|not|won't|wouldn't|shouldn't|stop|quit|no)\s*$/;

// "10 min then buzz me", "every half hour just say …": a bare wait with its unit fronts an ask too (v11, v13)
const FRONTED_TIME =
  /^(?:(?:in|after|every|evry|within)\s+(?:like\s+|about\s+|around\s+|say\s+|another\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty(?:-five)?|half(?:\s+an?)?|a\s+couple\s+of)(?:\s*(?:hours?|hrs?|h|mins?|minutes?|m|secs?|seconds?|s))?|(?:\d{1,3}|an?|one|two|three|five|ten|fifteen|twenty|thirty|half\s+an?)\s*(?:hours?|hrs?|mins?|minutes?|secs?|seconds?))\.?$/;

export function isAddressed(before: string): boolean {
  let rest = before.trimEnd();
  if (NEGATED.test(rest)) return false;
  const joined = ASK_THEN_JOINT.exec(rest);
  if (joined && (OPENS_WITH_ASK.test(joined[1]) || !SOMEONE.test(joined[1]))) return true;
  for (let guard = 0; guard < 8; guard += 1) {
    const stripped = rest.replace(FILLER, '').trimEnd();
    if (stripped === rest) break;
    if (POLITE.test(rest) && !REPORTING.test(stripped)) return !NEGATED.test(stripped) || stripped === '';
    // "less talking please, just tell me": the comma after a filler still ends what came before
    if (/[,:;]\s*$/.test(rest.slice(stripped.length))) return true;
    rest = stripped;
    if (NEGATED.test(rest)) return false;
  }
  if (!/[\p{L}\p{N}]/u.test(rest) || /[,:;(-]$/.test(rest)) return true;
  if (HEDGE_END.test(rest)) return true;
  // a fronted time: "in 5 mins tell me to start", "every 45 mins remind me", "in two hours check …"
  if (FRONTED_TIME.test(rest)) return true;
  // a fronted condition: "if I'm still stuck just say …"
  if (
    /^(?:if|when|whenever|once|as\s+soon\s+as|every\s+time)\b/.test(rest) &&
    !/\b(?:he|she|they)\b/.test(rest)
  )
    return true;
  if (TO_YOU.test(rest)) return true;
  // the part after the last joint ("I'm worn out, so nudge me") must itself be empty
  const tail = BOUNDARY.exec(rest);
  if (tail) {
    const afterJoint = tail[0].replace(/^(?:[,:(]|\s(?:so|and|but|then|please|pls|plz|or)\s)/, '').trim();
    if (afterJoint === '') return true;
    return TO_YOU.test(afterJoint) || afterJoint.replace(FILLER, '').trim() === '';
  }
  return false;
}

export function isNegatedBefore(before: string): boolean {
  return NEGATED.test(before.trimEnd().replace(/\s+(?:just|really|even|ever|want to|need to|have to)$/, ''));
}

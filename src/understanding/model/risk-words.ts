/**
 * Words without which the learned risk reader does not speak: death, harm, means, endings,
 * fear and danger, so that the model's guess never lands on a message with nothing of risk in it
 * ("I am tired of it", a pile of unopened letters). Everyday words that merely lean that way
 * ("tired of", "anymore", "tonight", "over", "enough", "last", "plan") are deliberately not here:
 * on their own they let the model raise a check-in on ordinary venting. The net stays broad
 * otherwise: a missed disclosure is the worst failure. Read on normalised, lower-cased text.
 */
export const RISK_WORDS =
  /\b(?:die|dying|died|dead|death|deaths|kill|killing|suicid\w*|unalive|kms|kys|end (?:it|this|things|my|everything|all)|ending it|alive|live|living|exist\w*|wake up|woke up|waking up|gone|disappear\w*|not (?:be )?here|better off|burden|hurt\w*|harm\w*|cut\w*|blade\w*|razor\w*|burn\w*|bleed\w*|blood|bruis\w*|pills?|tablets?|meds|overdos\w*|od|rope|noose|belt|gun|knife|knives|bridge|roof|ledge|tracks|jump\w*|drown\w*|hang\w*|goodbye|urges?|relapse\w*|scared|afraid|frightened|terrified|danger\w*|trust myself|hit\w*|punch\w*|slap\w*|grab\w*|chok\w*|strangl\w*|threat\w*|abus\w*|hospital|ambulance|emergency|faint\w*|seizure|stroke|numb|allergic|swallow\w*|poison\w*|pointless|hopeless|worthless|nobody|no one|deserve|punish\w*|starv\w*|sh)\b/;

/**
 * Words without which the learned risk reader does not speak: death, harm, means, endings and
 * danger, so that the model's guess never lands on a message with nothing of risk in it ("I am
 * tired of it", a pile of unopened letters). Everyday words that merely lean that way ("tired
 * of", "anymore", "tonight", "scared", "gone") are deliberately not here: on their own they made
 * the model raise a check-in on ordinary venting. Read on normalised, lower-cased text.
 */
export const RISK_WORDS =
  /\b(?:die|dying|died|dead|death|kill|killing|suicid\w*|unalive|kms|kys|end (?:it|things|my life|everything|it all)|ending it|alive|living|exist|existing|wake up|woke up|disappear\w*|not (?:be )?here|better off|burden|hurt (?:myself|me|him|her|them)|harm\w*|cut(?:ting|s)?|blades?|razors?|burn(?:ed|t|ing)? myself|bleed\w*|blood|bruis\w*|pills|tablets|meds|overdos\w*|od|rope|noose|gun|knife|knives|bridge|roof|ledge|tracks|jump\w*|drown\w*|hang\w*|goodbye|urges?|relapse\w*|trust myself|danger\w*|punch\w*|slap\w*|grab\w*|chok\w*|strangl\w*|threat\w*|abus\w*|hospital|ambulance|emergency|faint\w*|seizure|stroke|numb|allergic|swallow\w*|poison\w*|pointless|hopeless|worthless|deserve|punish\w*|starv\w*|sh)\b/;

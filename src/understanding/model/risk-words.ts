/**
 * Words without which the learned risk reader does not speak: a broad net (death, harm, means,
 * endings, fear, the body in danger), so that the model's guess never lands on a message with
 * nothing of risk in it ("so tired of this job"). Read on normalised, lower-cased text.
 */
export const RISK_WORDS =
  /\b(?:die|dying|died|dead|death|deaths|kill|killing|suicid\w*|unalive|kms|kys|end (?:it|this|things|my|everything|all)|ending it|alive|live|living|exist\w*|wake up|woke up|waking up|gone|disappear\w*|not (?:be )?here|better off|burden|hurt\w*|harm\w*|cut\w*|blade\w*|razor\w*|burn\w*|bleed\w*|blood|bruis\w*|pills?|tablets?|meds|overdos\w*|od|rope|noose|belt|gun|knife|knives|bridge|roof|ledge|edge|tracks|train|jump\w*|drown\w*|hang\w*|plan\w*|note|letter|goodbye|bye|last|decided|tonight|urges?|relapse\w*|clean|scared|afraid|frightened|terrified|danger\w*|trust myself|hit\w*|punch\w*|slap\w*|grab\w*|chok\w*|strangl\w*|threat\w*|abus\w*|touch\w*|control\w*|hospital|ambulance|emergency|faint\w*|seizure|stroke|chest|breath\w*|numb|allergic|swallow\w*|poison\w*|point|pointless|future|hopeless|worthless|nobody|no one|everyone|anymore|any more|go on|continue|carry on|tired of|done with|enough|over|away|forever|deserve|punish\w*|starv\w*|sh)\b/;

/**
 * Everyday fears said with only everyday risk words (the weak gate): fear for one's work, fear of an office's
 * decision on a stay, fear of letting someone down or of someone else's care. The learned reader read each as risk
 * (abuse 0.99 and 0.93, harm to others 0.78, suicide 0.91) and the check-in's "yes" became a crisis; on every
 * labelled set the words hold no disclosure that lacks a strong risk word. Read with the weak gate only
 * (model-readers.ts): a strong risk word beside them still opens the gate.
 */

// "scared if I push they won't hire me again", "afraid he not give me more work": fear for one's work,
// said with only everyday risk words; the model read it as abuse (0.99) and the check-in's "yes" became a crisis
const WORK_AT_STAKE =
  /\b(?:(?:won'?t|wont|will not|not|never|stop) (?:\w+ )?(?:hire|hiring|pay|paying|book|booking|renew|promote|give me (?:more |any |the )?(?:work|jobs?|shifts?|hours|projects?|contracts?))|(?:fire|sack) me\b|lose (?:the|my|this|that) (?:client|contract|job|gig|account)|(?:my|the|a|biggest|best|only) (?:clients?|customers?|contract|gig|freelance))/;

// "i am afraid to put something wrong and they refuse me and i must leave" (a visa form): fear of an
// office's decision, said with only everyday risk words; the model read it as abuse (0.93). With a weak gate
// only: on every labelled set the words hold no disclosure that lacks a strong risk word.
const STAY_AT_STAKE =
  /\b(?:(?:refuse|reject|deny|turn down|decline)[sd]? (?:me|us|my)\b|visa|deport\w*|(?:must|have to|need to) leave (?:the|this) country|residence permit|home office|immigration)/;

// "i am afraid i will make him disappointed", "scared i'll let my mum down": fear of letting someone down;
// and "she cant live alone anymore": someone else's care, not their life. With only everyday risk words the
// model trained on v17–v24 read them as harm to others (0.78) and suicide (0.91); round 14's fresh chats
// rated the check-ins they drew 1 of 5. Weak gate only, as the two above.
const LETTING_DOWN =
  /\b(?:disappoint\w*|let (?:him|her|them|you|everyone|everybody|people|my \w+|the \w+) down|(?:he|she|they|mum|mom|mam|dad|nan|gran|grandma|grandad|grandpa|my \w+) (?:can'?t|cannot|can not|could not|couldn'?t) (?:live|manage|cope) (?:alone|on (?:her|his|their) own|by (?:her|him|them)sel(?:f|ves)|independently)(?: any ?more)?)\b/;

/** The turn's weak risk words are an everyday fear for work, a stay, or someone let down (see the file comment). */
export function everydayFearAtStake(folded: string): boolean {
  return WORK_AT_STAKE.test(folded) || STAY_AT_STAKE.test(folded) || LETTING_DOWN.test(folded);
}

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

// "i think they might let me go and my partner doesn't know": being let go from a job, said with no risk word at
// all; the ungated model read it as suicide (0.99) on a simulated client's line (round 19). "won't let me go" is
// control, not a job, and is left to the model.
const LET_GO_FROM_WORK =
  /\b(?:they|he|she|work|boss|the boss|my boss|my manager|management|the company|the firm|hr)\b(?: \w+){0,3} (?:might|may|could|will|are going to|is going to|gonna|want to|wants to|are|is|plan to|planning to)(?: \w+)? (?:let|letting) (?:me|us|people|some of us|half of us) go\b/;

/** With no risk word at all, the turn's "let me go" is being let go from work (see LET_GO_FROM_WORK). */
export function letGoFromWork(folded: string): boolean {
  return LET_GO_FROM_WORK.test(folded);
}

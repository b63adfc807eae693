/**
 * Disclosures told as holding back or as a condition (round 8, judge and understanding v10): "so i dont act on
 * it", "the thought of ending everything", "if this is life i dont want it", "the only way it stops is if i
 * stop", "a list of names of who im going to hurt". Each is how counsellors' own screening questions are
 * phrased back, not one writer's sentence; on all ten labelled sets every item they match is a disclosure,
 * none ordinary or a near miss. Read in context by risk-cue-reader.ts like the other cues.
 */
import type { RiskCue } from './risk-cues.ts';

export const RISK_CUES_HELD_BACK: readonly RiskCue[] = [
  {
    // "i keep texting people so i dont act on it", "trying not to act on the urges"
    id: 'not-acting-on-it',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:so (?:that )?i (?:don'?t|dont|do not|won'?t|wont) act on (?:it|them|the thoughts?|the urges?)|(?:not|never|try not to|trying not to|scared i'?ll|afraid i'?ll|worried i'?ll) act(?:ing)? on (?:the|those|these|my) (?:thoughts?|urges?))/,
  },
  {
    // "the thought of ending everything keeps coming", "i keep thinking about ending it all"
    id: 'thought-of-ending-everything',
    type: 'suicide',
    level: 'possible',
    pattern: /\b(?:thoughts?|thinking|think) (?:of|about) (?:ending|end) (?:everything|it all)\b/,
    negationInside: true,
  },
  {
    // "if this is life i dont want it", "the only way it stops is if i stop"
    id: 'life-on-condition',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\bif (?:this|that) is (?:life|living|what life is)\W{0,3} i (?:don'?t|dont|do not) want (?:it|any of it|to live it)\b|\bonly way (?:it|this|the pain|any of this|the noise) (?:stops|ends|will stop|will end) is (?:if|when) i (?:stop|die|go|am gone|end it|disappear)\b/,
  },
  {
    // "ending it tonight thats the plan, car and hosepipe": an ending with a time and a means (a breakup
    // "ending it tonight" names no means and is not read)
    id: 'ending-it-when-how',
    type: 'suicide',
    level: 'possible',
    pattern:
      /\b(?:ending|end) (?:it|it all|everything|things) (?:tonight|today|tomorrow|tmrw|this weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?=.*\b(?:the plan|my plan|rope|noose|pills|tablets|hose(?:pipe)?|exhaust|bridge|ledge|blade|gun)\b)/,
  },
  {
    // "ive got a list of names of who im going to hurt on monday"
    id: 'list-to-hurt',
    type: 'harm-to-others',
    level: 'clear',
    pattern:
      /\b(?:list|names) (?:of )?(?:names |people )?(?:of )?(?:who|whom|that|people) (?:i'?m|im|i am) (?:going to|gonna) (?:hurt|kill|shoot|stab|get)\b/,
  },
];

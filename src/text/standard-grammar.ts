/**
 * Whether a clause is in standard English grammar, so it can be said back. A clause in a second
 * language or a pidgin said back in our voice sounds like mockery (raters: "So you no fit show
 * face.", "So your english not good for joke", "Your mother don't know yet"): such a clause is
 * heard, and answered in our own words, never echoed. Narrow on purpose: only patterns no
 * standard clause has.
 * @example soundsStandard("my mother dont know yet") // false
 */

import { learnerGrammar, mendLearnerGrammar } from './learner-grammar.ts';

// words of Nigerian Pidgin, Taglish, Hinglish in a line: said back, they read as imitation
const OTHER_VARIETY =
  /\b(?:no fit|dey|abi|wahala|sabi|wetin|abeg|tapos|naman|kasi|nakakahiya|talaga|yaar|nahi|lah|leh)\b/i;
// "my mother dont", "he don't": a singular subject with "don't"
const SINGULAR_DONT = /\b(?:he|she|it|(?:my|your|his|her|the|our) (?!\w+s\b)[a-z]+) (?:dont|don't|do not)\b/i;
// "he think", "she want": a third-person verb without its s, unless a helper verb comes first
const BARE_THIRD =
  /\b(\w+'?\w*)\s+(?:he|she)\s+(?:think|want|say|know|like|need|come|make|give|worry|tell|ask|understand|feel|help|agree|care|believe)\b/i;
const HELPERS = new Set([
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'might',
  'may',
  'must',
  'let',
  'make',
  'made',
  'help',
  'helped',
  'see',
  'saw',
  'watch',
  'hear',
  'heard',
  "doesn't",
  "didn't",
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
  "shouldn't",
  'to',
  'if',
]);
// "english not good", "i not sure": a copula missing before "not"
const NO_COPULA =
  /\b(?:english|i|it|this|that|he|she|they|we|(?:my|your) [a-z]+) not (?:good|so|very|enough|easy|fit|nice|strong|clear|sure|ready|able)\b/i;
// "he not give", "i not understand": "not" straight after the subject, with no helper verb
const BARE_NOT =
  /(?<!\b(?:is|was|are|were|did|does|do|has|had|have|can|could|will|would|why|or)\s)\b(?:he|she|they|i|we)(?: still| just| really| also| even)? not\b/i;
// "not clean nothing", "don't know nobody": a double negative
const DOUBLE_NEGATIVE =
  /\b(?:not|don't|dont|didn't|didnt|can't|cant|never|won't|wont)\s+(?:\w+\s+){1,2}(?:nothing|nobody|no one|nowhere)\b/i;
// "my prescription finish next month": a singular noun with a bare verb (not after "let", "see", a helper)
const SINGULAR_BARE =
  /(?<!\b(?:let|make|made|help|helped|see|saw|watch|watched|hear|heard|does|did|will|would|can|could|should|might|may|must|to)\s)\b(?:my|your|his|her|the|our) (?!\w+s\b)[a-z]+ (?:finish|start|end|run|cost|need|want|say|work|take|look|seem|feel|come|go)\b/i;
// "they is", "he are", "i are": the verb does not agree
// ("knowing it and writing it are…": "it" there is the object of a doing, and the verb agrees)
const DISAGREES = /\b(?:i|you|we|they) is\b|(?<![a-z]ing )\b(?:he|she|it) (?:are|am)\b|\bi are\b/i;

// "my wife she is more scared", "my husband he say": the subject named, then said again as a pronoun
const DOUBLED_SUBJECT =
  /\b(?:my|your|his|her|our|the) (?!\w+ (?:she|he|they) (?:said|says|told|thinks?)\b)[a-z]+ (?:she|he|they) (?:is|was|are|were|say|says|do|does|don't|dont|have|has|will|can|not|always|never|just|still|want|wants|think|thinks)\b/i;
// "i still scared every time", "we so tired": a feeling with no "am" or "are" before it
// (i and we only: "they scared me" is a verb)
const NO_COPULA_FEELING =
  /\b(?:i|we)(?: still| always| so| very| really| also| too)? (?:scared|afraid|tired|sad|worried|angry|sick|alone|nervous|ashamed|confused|lonely|stressed|happy|ok|okay|fine|busy)\b/i;
// "he leave me on read", "she eat in her room": a third-person verb without its s at the start
const BARE_THIRD_START =
  /^(?:he|she)(?: just| always| never| still| also| only)? (?:leave|eat|answer|reply|call|live|play|cry|sleep|stay|shout|yell|ignore|go|come|have|do|look|speak|talk|work|try|laugh|send|get|take|keep|stop|watch)\b/i;
// "i have not 400", "i have not time": "have not" with nothing to help it, before a thing
const HAVE_NOT_THING = /\b(?:i|we|they) (?:have|has) not (?:\d|(?:any|time|money|much|many|the|a)\b)/i;
// "i dont want handout", "we need lawyer": a thing counted with no article before it
const NO_ARTICLE =
  /\b(?:want|need|get|take|find|have|had) (?:handout|loan|lawyer|appointment|ticket|visa)\b/i;
// "i pretend ok for her": "to be" left out after pretend
const PRETEND_BARE = /\bpretend(?:s|ed|ing)? (?:ok|okay|fine|happy|strong|normal|good)\b/i;
// "my english for papers is not good": a language "for" a use, a learner's shape
const OWN_LANGUAGE = /\b(?:my|our) (?:english|dutch|french|german|spanish|italian) for (?!a |the )\w+/i;

export function soundsStandard(clause: string): boolean {
  // the shapes either person can carry (learner-grammar.ts), which the reply check counts as well;
  // one the realizer mends ("it feel" → "it feels") is said back mended
  if (learnerGrammar(mendLearnerGrammar(clause))) return false;
  clause = mendLearnerGrammar(clause);
  if (DOUBLED_SUBJECT.test(clause) || NO_COPULA_FEELING.test(clause) || BARE_THIRD_START.test(clause.trim()))
    return false;
  if (HAVE_NOT_THING.test(clause) || OWN_LANGUAGE.test(clause) || PRETEND_BARE.test(clause)) return false;
  if (NO_ARTICLE.test(clause)) return false;
  if (OTHER_VARIETY.test(clause) || SINGULAR_DONT.test(clause) || NO_COPULA.test(clause)) return false;
  if (DISAGREES.test(clause) || BARE_NOT.test(clause)) return false;
  if (DOUBLE_NEGATIVE.test(clause) || SINGULAR_BARE.test(clause)) return false;
  const bare = clause.match(BARE_THIRD);
  if (bare && !HELPERS.has(bare[1].toLowerCase())) return false;
  // a clause that starts on the subject: "he think I am stupid"
  if (
    /^(?:he|she)\s+(?:think|want|say|know|like|need|worry|tell|understand|feel|care)\b/i.test(clause.trim())
  )
    return false;
  return true;
}

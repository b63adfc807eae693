/**
 * Someone else's accident told calmly after the fact, already settled: "my little boy swallowed a magnet last
 * month, all sorted at a&e, he's grand", "my daughter fell off the trampoline on sunday, stitches but she's fine
 * now". The lead's class of `clear` false alarm on fresh v30: a medical emergency is one going on. Only a sentence
 * with another person as its subject, a time gone by and a settling is let off, and only when it says nothing of
 * the speaker's own harm and the rest of the turn names no life: "my son swallowed a magnet last week, he's fine.
 * i took all my pills tonight" still reads its second sentence.
 */
import { riskGateOf } from './model/risk-words.ts';

const SOMEONE_ELSE =
  /\b(?:my|our|his|her|their) (?:little |baby |youngest |eldest |oldest )?(?:son|daughter|boy|girl|kid|kids|child|children|baby|toddler|lad|lass|dog|cat|puppy|pup|kitten|nephew|niece|grandson|granddaughter|brother|sister|mum|mom|dad|nan|gran|grandad|grandma|friend|mate|husband|wife|partner)\b|^(?:he|she|they)\b/;
const GONE_BY =
  /\b(?:last (?:week|month|year|night|weekend|summer|winter|spring|autumn|fall|time)|yesterday|the other (?:day|week|night)|(?:a|one|two|three|few|couple of|\d+) (?:days?|weeks?|months?|years?) (?:ago|back)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend|over the weekend|when (?:he|she|they) (?:was|were) (?:little|small|a baby|\d+))\b/;
const SETTLED =
  /\b(?:(?:all|it'?s|its|all been|got it) sorted|(?:he|she|they|hes|shes|theyre)(?:'s| is| are|'re)? (?:totally |completely |absolutely |all )?(?:fine|ok|okay|grand|alright|all right|all good|good|better|recovering|home)(?: now)?|fine now|ok now|all good now|all fine|no harm done|full recovery|recovered|healed|discharged|home now|out of hospital|the (?:vet|gp|doctor|hospital) (?:sorted|said (?:it'?s|its|he'?s|she'?s) fine))\b/;
const OWN_HARM = /\b(?:i|i'?m|im|i'?ve|ive|me|myself)\b/;
const LIFE_NAMED =
  /\b(?:die|dying|dead|kill\w*|my life|myself|suicid\w*|overdose|hurt me|not wake|end (?:it|things|everything))\b/;

/** Whether the sentence tells of someone else's harm after the fact, settled (see the file comment). */
export function settledAfterTheFact(folded: string, sentence: string): boolean {
  if (!SOMEONE_ELSE.test(sentence) || !GONE_BY.test(sentence) || !SETTLED.test(sentence)) return false;
  // the speaker's own part in it ("i gave him the pills", "i swallowed…") is not let off
  if (OWN_HARM.test(sentence.replace(SOMEONE_ELSE, ' '))) return false;
  const rest = folded.replace(sentence, ' ');
  return !LIFE_NAMED.test(rest) && riskGateOf(rest) === 'none';
}

/**
 * A risk word mentioned, not used: a word game ("how many letters are in the word suicide", "6 letter word for
 * kill"), or a question about what a term means ("what does passive suicidal ideation mean?"). The lead's class of
 * `clear` false alarm on fresh v30. Only the question sentence that holds the risk words is let off, and only when
 * it says nothing of the person ("what does it mean if i keep wanting to die" keeps its "i") and the rest of the
 * turn names no life: "how do you spell suicide. i want to kill myself tonight" still reads its second sentence.
 */
import { riskGateOf } from './model/risk-words.ts';

const WORD_GAME =
  /\b(?:how many letters|letters (?:are )?in|\d+ ?letter word|letter word for|how (?:do (?:you|i) |to )spell|spell(?:ing|ed)? (?:of )?(?:the word )?|crossword|scrabble|wordle|anagram|rhymes? with|synonyms? (?:of|for)|(?:the )?word "?\w+"? (?:has|have|is spelt|is spelled))\b/;
// the term named, so "what does it even mean, what's the point" (hopelessness) is never read as a definition asked
const TERM =
  '(?:ideation|the (?:word|term|phrase|abbreviation|acronym)|unalive|kms|kys|sh|si|sewerslide|self[- ]harm\\w*|suicidal|passive|active)';
const TERM_ASKED = new RegExp(
  String.raw`\b(?:what|whats|what's|wat)\b[^?.!]{0,20}\b${TERM}\b[^?.!]{0,30}\b(?:mean|means|meaning|stand for)\b|\b(?:meaning|definition) of (?:the word |the term )?${TERM}\b|\bdefine (?:the word |the term )?${TERM}\b|\bis (?:passive|active) (?:suicidal )?ideation\b`,
);
// the person in the question: "what does it mean if i…", "is it normal that i…"; a course or an essay is no disclosure
const PERSON_IN_IT = /\b(?:i|i'?m|im|i'?ve|ive|i'?d|id|me|myself)\b/;
const FOR_A_COURSE =
  /\b(?:asking for (?:my|a) (?:\w+ )?(?:essay|class|course|module|assignment|exam|homework|lecture)|for (?:my|a) (?:\w+ )?(?:essay|class|course|module|assignment|homework))\b/g;
// the term owned after the question: "what does passive ideation mean? because i think i have it"
const OWN_AFTER =
  /\b(?:i (?:think |might |may |probably )?(?:have|had|do|get|feel|experience)|that'?s (?:me|what i)|sounds like (?:me|what i)|me too|i(?:'m| am|m) (?:having|getting|feeling|like that)|about me|myself)\b/;
const LIFE_NAMED =
  /\b(?:die|dying|dead|kill\w*|my life|myself|suicid\w*|pills|hurt|overdose|not wake|end (?:it|things|everything))\b/;

/** Whether the question sentence (holding the risk words) mentions a word or asks a term's meaning. */
export function wordMentioned(folded: string, sentence: string): boolean {
  // (the older rules' sentence stops before its "?")
  const question =
    sentence.includes('?') || /^\W*(?:how|what|whats|wat|is|does|do|define|explain)\b/.test(sentence);
  if (!question) return false;
  if (!WORD_GAME.test(sentence) && !TERM_ASKED.test(sentence)) return false;
  if (PERSON_IN_IT.test(sentence.replace(FOR_A_COURSE, ' ').replace(/\bi mean\b/g, ' '))) return false;
  const rest = folded.replace(sentence, ' ').replace(FOR_A_COURSE, ' ');
  return !LIFE_NAMED.test(rest) && !OWN_AFTER.test(rest) && riskGateOf(rest) === 'none';
}

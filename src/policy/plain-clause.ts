/**
 * A short line about someone else or the situation ("theres no talking to her. she just
 * screams"): the understanding gives first-person statements only, so such a turn had nothing to
 * say back and got a stock probe. Its last clean sentence is said back in their words.
 */
import type { PersonClause } from '../spec/move.ts';
import { isReflectable } from '../text/reflectable.ts';
import { isCleanEnglish } from './clean-english.ts';
import { isSelfVerdict } from './self-verdict.ts';

// the sentence is about someone or something else: it starts with its subject
const THIRD_PERSON_START =
  /^(?:he|she|they|it|there|he's|she's|they're|it's|there's|his|her|their|everyone|everybody|nobody|no one|someone|one of them|my (?:mum|mom|dad|boss|manager|partner|husband|wife|girlfriend|boyfriend|sister|brother|friends?|mates?|teacher|landlord|flatmate|roommate|parents|family|kids?|son|daughter|cousins?|aunt|auntie|uncle|gran|nan|grandma|granny|grandad|grandpa|ex|coach|doctor|neighbours?|neighbors?|colleagues?|coworkers?|in-laws|mother|father|stepdad|stepmum|stepmom)|the (?:council|school|bank|company|uni|university|college|landlord|agency|hospital|clinic|job centre))\b/i;
// any other noun phrase as the subject, told by the verb that follows it within a few words
// ("lads at the depot dont do talking", "mum has enough stuff going on", "the flat is very quiet
// without the dog", "weekends are the worst"): a closed list of who it may be about left most such
// lines with nothing to say back, and the reply was a stock question (round 17)
const NOUN_SUBJECT =
  /^(?:(?:the|my|our|his|her|their|all the|both|most)\s+)?[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){0,3}?\s+(?:is|isn't|was|wasn't|are|aren't|were|weren't|has|hasn't|have|had|does|doesn't|do|don't|did|didn't|can't|won't|will|keeps|kept|never|always|still)\b/i;
// with no determiner, the noun is a plural ("weekends are the worst") or who someone is to them ("mum
// has…"): a bare singular ("visa is dependent visa", "lip isnt what it was") is a learner's or a
// chat line's dropped article, and said back in our voice it reads as mocking
const BARE_SUBJECT =
  /^(?:[a-z'-]+s|mum|mam|mom|ma|mama|maman|mammy|dad|da|papa|pa|nan|nana|gran|granny|grandad|wife|husband|missus)\b/i;
const FAMILY_BARE =
  /^(mum|mam|mom|ma|mama|maman|mammy|dad|da|papa|pa|nan|nana|gran|granny|grandad|wife|husband|missus)\b(?=\s+[a-z])/i;
const DETERMINER = /^(?:the|my|our|his|her|their|all the|both|most)\s+/i;
// words that open something other than a noun phrase: a connective, a pronoun, a verb, a hedge
const NOT_A_NOUN =
  /^(?:i|you|we|me|us|so|and|but|if|when|what|how|why|who|where|which|maybe|just|then|also|because|like|not|no|yes|yeah|idk|really|even|only|still|never|always|too|well|ok|okay|cant|can't|dont|don't|didnt|didn't|wont|won't|is|was|are|were|has|have|had|do|does|did|will|would|could|should|might|must|feel|felt|think|know|been|being|got|get|go|went|doing|going|that|this|those|these|them|there|here|one|something|anything|nothing|everything|all|some|any|each|every|half|more|less|much|many|same|other|another|ten|two|three|four|five)\b/i;

function nounSubject(clause: string): boolean {
  const opening = clause.replace(DETERMINER, '');
  if (!NOUN_SUBJECT.test(clause) || NOT_A_NOUN.test(opening)) return false;
  // (or a body known by its letters: "HR is his cousin", "the GP")
  return DETERMINER.test(clause) || BARE_SUBJECT.test(opening) || /^[A-Z]{2,5}\b/.test(opening);
}

// typed without apostrophes: said back, they would read as misspelt by us
const CONTRACTIONS: [RegExp, string][] = [
  [/\bhes\b/gi, "he's"],
  [/\bshes\b/gi, "she's"],
  [/\btheres\b/gi, "there's"],
  [/^its\b/i, "it's"],
  [/\bisnt\b/gi, "isn't"],
  [/\bwasnt\b/gi, "wasn't"],
  [/\bdoesnt\b/gi, "doesn't"],
  [/\bdidnt\b/gi, "didn't"],
  [/\bwont\b/gi, "won't"],
  [/\bdont\b/gi, "don't"],
  [/\barent\b/gi, "aren't"],
  [/\bwerent\b/gi, "weren't"],
  [/\bhasnt\b/gi, "hasn't"],
  [/\bhavent\b/gi, "haven't"],
  [/\bcouldnt\b/gi, "couldn't"],
  // texting "r" for "are" ("knowing it and writing it r different things")
  [/\br\b/gi, 'are'],
];
// a truth they state about doing something ("knowing it and writing it are different things"): the
// subject is the doing, and the line says back whole (a stock probe after it read as generic)
const DOING_START = /^[a-z]+ing\b(?:\s+[a-z']+){0,5}?\s+(?:are|is|was|isn't|doesn't|don't|makes?|feels?)\b/i;
// "ye i know. doesnt make it easier tho does it": the knowing is the subject they left off
const KNOWING_LEFT_OFF = /^(?:doesn't|doesnt|does not) make it (?:any )?easier\b/i;
// a tag asking us to agree ("tho does it", "does it"), not part of what they said
const AGREE_TAG = /\s+(?:(?:tho|though)\s+)?(?:does it|is it|doesn't it|innit)$|\s+(?:tho|though)$/i;
// an opening word that answers the last question, not part of the clause
const OPENING = /^(?:(?:but|and|so|yeah|yes|no|nope|nah|maybe|ok|okay|well|idk|i mean)[,.]?\s+)+/i;
const MAX_WORDS = 10;
// a verb that does not agree with its subject ("he say it is his duty", "everybody just drink"):
// said back, our reply would read as mocking their English
const UNAGREED =
  /^(?:he|she|it|everybody|everyone|nobody|someone|no one)\s+(?:just\s+|always\s+|never\s+)?(?:say|drink|go|have|do|want|need|think|make|take|come|get|know|like|tell|work|speak|talk)\b/i;
// reported speech cut to a word ("she said call") is a fragment, not a clause
const CUT_SPEECH = /\b(?:said|says|told me)\s+\w+$/i;

// "it wasn't the fall", "it's not the money": a point made against something, not the point
const NOT_THIS = /^(?:it|that|this)(?:'s| is| was)? ?(?:not|wasn'?t|isn'?t)\b(?!.*\b(?:it'?s|its|it was)\b)/i;

export function plainClauseOf(text: string): PersonClause | undefined {
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]*/g)];
  for (const [index, match] of sentences.reverse().entries()) {
    const raw = match[0].trim();
    if (raw.endsWith('?')) return undefined;
    const opening = raw.match(OPENING)?.[0] ?? '';
    let clause = raw
      .slice(opening.length)
      .replace(/[.!\s]+$/, '')
      .replace(AGREE_TAG, '');
    const words = clause.split(/\s+/).filter(Boolean).length;
    for (const [pattern, replacement] of CONTRACTIONS) clause = clause.replace(pattern, replacement);
    // "mum has enough going on" is their mum: said back as "your mum", never "mum has…" in our voice
    clause = clause.replace(FAMILY_BARE, (word) => `my ${word.toLowerCase()}`);
    const knew = /\bi know$/i.test(sentences[index + 1]?.[0].trim().replace(/[.!]+$/, '') ?? '');
    if (knew && KNOWING_LEFT_OFF.test(clause))
      clause = `knowing it ${clause.replace(/^(?:doesnt|does not)\b/i, "doesn't")}`;
    const subject = THIRD_PERSON_START.test(clause) || DOING_START.test(clause) || nounSubject(clause);
    if (words < 3 || words > MAX_WORDS || !subject) continue;
    // what it was not, before the sentence that says what it was, misses their point said back
    if (index > 0 && NOT_THIS.test(clause)) continue;
    if (
      UNAGREED.test(clause) ||
      CUT_SPEECH.test(clause) ||
      /,/.test(clause) ||
      !isReflectable(clause) ||
      !isCleanEnglish(clause) ||
      isSelfVerdict(clause)
    )
      continue;
    const start = (match.index ?? 0) + match[0].indexOf(raw) + opening.length;
    return { text: clause, span: [start, start + clause.length] };
  }
  return undefined;
}

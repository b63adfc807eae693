import { mayReport } from './language-hints.ts';
import { clauseAt, type LinguisticAnalysis } from './linguistic-analysis.ts';
import type { ReaderContext } from './reader.ts';

// who a clause subject can be when it is another person ("she", "my brother", "my mate")
const PERSON_PRONOUNS = 'he|she|they|someone|somebody';
const PERSON_NOUNS =
  'friend|mate|bestie|bf|gf|boyfriend|girlfriend|partner|husband|wife|sister|sis|brother|bro|mum|mom|mother|dad|father|son|daughter|kid|child|baby|cousin|aunt|uncle|grandma|gran|nan|grandad|grandpa|grandfather|grandmother|roommate|flatmate|colleague|coworker|boss|teacher|classmate|neighbour|neighbor|ex|family|parents?|niece|nephew|student|client|patient';

// people named without "my" in chat ("gf took a bunch of pills", "roommate is having a seizure",
// "my 14 yo searched …" whose subject head is "yo"); "family" and "parents" stay out of the bare
// form: "family would be better off" is how people say their own despair
const BARE_NOUNS = PERSON_NOUNS.split('|')
  .filter((noun) => noun !== 'family' && noun !== 'parents?')
  .join('|');
const BARE_ONLY_NOUNS = 'yo|teen|teenager|lad|girl|boy|guy';

/**
 * A clause subject that is another person ("she", "my brother", "my mate"): what follows is theirs.
 * "The urge", "rope", "my chest", "everyone would be better off" are not.
 */
export const PERSON_SUBJECT = new RegExp(
  `^(?:${PERSON_PRONOUNS}|(?:my|our|his|her|their|a) (?:\\w+ )?(?:${PERSON_NOUNS}|${BARE_ONLY_NOUNS})s?|(?:${BARE_NOUNS}|${BARE_ONLY_NOUNS}))$`,
  'i',
);

// the person words anywhere in the text, not after a letter: without one, no clause subject matches
const PERSON_ANYWHERE = new RegExp(
  `(?<![a-z])(?:${PERSON_PRONOUNS}|${PERSON_NOUNS}|${BARE_ONLY_NOUNS})`,
  'i',
);

/** True when the clause holding `at` is about another person, said by them or reported. */
export function aboutSomeoneElse(analysis: LinguisticAnalysis, at: number): boolean {
  const clause = clauseAt(analysis, at);
  if (!clause) return false;
  if (clause.reportedBy === 'third') return true;
  return clause.subject === 'third' && PERSON_SUBJECT.test(clause.subjectText ?? '');
}

/**
 * False when no clause of `text` can be about someone else, whatever the analysis finds: neither
 * another person's words nor anyone's words reported. Lets a reader skip the analysis (a wink parse).
 */
export function mayBeAboutSomeoneElse(text: string): boolean {
  return PERSON_ANYWHERE.test(text) || mayReport(text);
}

/** aboutSomeoneElse for a reader: the analysis is asked only when the text could say so. */
export function someoneElseAt(context: ReaderContext, at: number): boolean {
  return mayBeAboutSomeoneElse(context.text) && aboutSomeoneElse(context.language(), at);
}

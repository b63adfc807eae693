import { clauseAt, type LinguisticAnalysis } from './linguistic-analysis.ts';

/**
 * A clause subject that is another person ("she", "my brother", "my mate"): what follows is theirs.
 * "The urge", "rope", "my chest", "everyone would be better off" are not.
 */
export const PERSON_SUBJECT =
  /^(?:he|she|they|someone|somebody|(?:my|our|his|her|their|a) (?:\w+ )?(?:friend|mate|bestie|bf|gf|boyfriend|girlfriend|partner|husband|wife|sister|sis|brother|bro|mum|mom|mother|dad|father|son|daughter|kid|child|baby|cousin|aunt|uncle|grandma|gran|nan|grandad|grandpa|grandfather|grandmother|roommate|flatmate|colleague|coworker|boss|teacher|classmate|neighbour|neighbor|ex|family|parents?|niece|nephew|student|client|patient)s?)$/i;

/** True when the clause holding `at` is about another person, said by them or reported. */
export function aboutSomeoneElse(analysis: LinguisticAnalysis, at: number): boolean {
  const clause = clauseAt(analysis, at);
  if (!clause) return false;
  if (clause.reportedBy === 'third') return true;
  return clause.subject === 'third' && PERSON_SUBJECT.test(clause.subjectText ?? '');
}

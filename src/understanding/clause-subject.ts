/**
 * Who a clause is about: the first person-bearing word before its first verb ("my sis said …" is
 * third person, "can u tell me" is second). Part of the linguistic analysis (linguistic-clauses.ts).
 */
import type { AnalysedToken, Person } from './linguistic-analysis.ts';

const FIRST = new Set([
  'i',
  'me',
  'my',
  'myself',
  'mine',
  'we',
  'us',
  'our',
  'ourselves',
  'im',
  "i'm",
  'ive',
  'id',
  'ill',
]);
const SECOND = new Set(['you', 'u', 'ya', 'your', 'ur', 'yourself', 'yall', "y'all"]);
const THIRD_PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'him',
  'her',
  'them',
  'his',
  'their',
  'it',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'anyone',
  'people',
  'nobody',
  'this',
  'that',
]);

const lower = (token: AnalysedToken) => token.text.toLowerCase();
const isVerbal = (token: AnalysedToken) => token.pos === 'VERB' || token.pos === 'AUX';

function pronounPerson(token: AnalysedToken): Person | undefined {
  const word = lower(token).replace(/[’']/g, "'");
  if (FIRST.has(word)) return 'first';
  if (SECOND.has(word)) return 'second';
  if (THIRD_PRONOUNS.has(word)) return 'third';
  return undefined;
}

function personOf(token: AnalysedToken): Person | undefined {
  const pronoun = pronounPerson(token);
  if (pronoun) return pronoun;
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return 'third';
  return undefined;
}

/** The subject is the first person-bearing word before the clause's first verb. */
export function findSubject(
  tokens: AnalysedToken[],
  from: number,
  to: number,
): { subject: Person; subjectText?: string; verbAt: number } {
  let subject: Person = 'none';
  let subjectFrom = -1;
  let subjectTo = -1;
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (isVerbal(token)) {
      // "can u tell me …" / "do you think …": in a question the subject follows the auxiliary
      const after = tokens[index + 1];
      if (subjectFrom < 0 && index === from && token.pos === 'AUX' && after && index + 1 < to) {
        const inverted = pronounPerson(after);
        if (inverted) return { subject: inverted, subjectText: after.text, verbAt: index };
      }
      // "my friend" / "my sister": a possessive before a noun makes the noun the subject
      return subjectFrom < 0
        ? { subject, verbAt: index }
        : { subject, subjectText: spanText(tokens, subjectFrom, subjectTo), verbAt: index };
    }
    const person = personOf(token);
    if (!person) continue;
    const possessive = ['my', 'our', 'your', 'ur', 'his', 'her', 'their'].includes(lower(token));
    if (
      possessive &&
      tokens[index + 1] &&
      (tokens[index + 1].pos === 'NOUN' || tokens[index + 1].pos === 'PROPN')
    ) {
      subject = 'third';
      subjectFrom = index;
      subjectTo = index + 2;
      index++;
      continue;
    }
    if (subjectFrom < 0 || person !== subject) {
      subject = person;
      subjectFrom = index;
      subjectTo = index + 1;
    }
  }
  return subjectFrom < 0
    ? { subject: 'none', verbAt: -1 }
    : { subject, subjectText: spanText(tokens, subjectFrom, subjectTo), verbAt: -1 };
}

function spanText(tokens: AnalysedToken[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((token) => token.text)
    .join(' ');
}

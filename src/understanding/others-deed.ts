/**
 * Someone else's deed told in the turn ("a boy laughed", "teacher just said get it down yourself",
 * "then my boss left without a word"): read from a clause's opening words, on the turn as written
 * (moved from the policy's turn-shape question, which read the turn itself).
 */
import type { OthersDeedObservation } from '../spec/observation.ts';
import { createKeywordScanner } from './keyword-scan.ts';
import { requiredLiterals } from './required-literals.ts';

// a clause that opens on someone else doing something ("teacher just said…", "last time he shouted"):
// the subject is another person (or no determiner and not a word of their own), the verb a past deed
const SOMEONE_DID = new RegExp(
  [
    '^\\s*(?:(?:and|but|so|then|like|yeah|ye|ok|well|last time|yesterday|today|then)[\\s,]+)*',
    '(?:(?:my|the|a|his|her|their|our|this|that)\\s+)?',
    "(?!(?:i|we|you|it|it'?s|that|that'?s|this|there|there'?s|just|already|never|always|still|also|only|really|even|literally)\\b)",
    '[a-z]+\\s+(?:(?:just|already|then|still|even|literally|never|also)\\s+)?',
    '(?:said|told|laughed|shouted|yelled|asked|looked|left|gave|sent|called|texted|ignored|replied|answered|snapped|walked|laughed|unfollowed|blocked|cancelled|canceled)\\b',
    // (agreeing with what was said is no deed: "my teacher said that too", "she said the same")
    '(?!\\s+(?:that too|the same|so too|so as well))',
  ].join(''),
  'i',
);

// clauses: sentences, comma pieces, and "and"/"but"/"then" joins ("…in front of sir and he just laughed");
// a join is a whole run of spaces, tried only where the run starts: from inside a long run of spaces
// each try ran to its end, and 64 kB of spaces took half a minute (the policy's copy had the same flaw)
const CLAUSE_BREAK = /[.;!?]+|,\s*|(?<!\s)\s+(?=(?:and|but|then)\s)/;

/** The first clause that tells someone else's deed, as an observation (none when no clause does). */
// most turns name no deed: one scan for the pattern's required words (derived from it; lowercase,
// read case-blind as the i flag reads ASCII) skips the clause split for them
const DEED_GATE = createKeywordScanner([requiredLiterals(new RegExp(SOMEONE_DID.source))], {
  asciiCaseInsensitive: true,
});

export function othersDeedOf(text: string): OthersDeedObservation[] {
  if (DEED_GATE.scan(text)[0] === 0) return [];
  let from = 0;
  for (const clause of text.split(CLAUSE_BREAK)) {
    const start = text.indexOf(clause, from);
    if (start >= 0) from = start + clause.length;
    if (SOMEONE_DID.test(clause)) {
      const at = Math.max(0, start);
      return [{ kind: 'others-deed', span: [at, at + clause.length] }];
    }
  }
  return [];
}

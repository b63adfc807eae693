import { createKeywordScanner, type KeywordScanner } from '../understanding/keyword-scan.ts';
import { gateLiterals } from './gate-literals.ts';

/**
 * One keyword scan of a sentence that says which of a list of patterns can match it at all: a
 * pattern whose required literals (derived from its own source, `required-literals.ts`) are all
 * absent cannot match, so its run is skipped. live[i] is 1 when pattern i may match (always, for a
 * pattern with no literal to gate on). The readers run a few dozen patterns on each new sentence,
 * and most sentences hold the words of only a few.
 *
 * Case: the scan folds A–Z and the literals are lowered. In JavaScript a pattern with the `i` flag
 * (and no `u`) folds only A–Z against ASCII letters, so the gate reads case as the pattern does. A
 * caseless pattern with a non-ASCII letter in a literal, or with both `i` and `u` (Unicode folding:
 * "ſ" is "s"), is not gated.
 *
 * A text that is a suffix (or any substring) of the scanned one holds no literal the scanned one
 * lacks, so the same scan gates patterns run on a trimmed copy of the sentence.
 */
export type PatternGate = { scan(text: string): Uint8Array };

const CASED_NON_ASCII = /[^\0-\x7f]/;

function literalsOf(pattern: RegExp): string[] | null {
  const caseless = pattern.flags.includes('i');
  if (caseless && pattern.flags.includes('u')) return null;
  const literals = gateLiterals(new RegExp(pattern.source, pattern.flags.replace(/[gyi]/g, '')));
  if (!literals) return null;
  if (caseless)
    for (const literal of literals)
      for (const character of literal)
        if (CASED_NON_ASCII.test(character) && character.toUpperCase() !== character.toLowerCase())
          return null;
  // the scan folds A–Z in the text, so every keyword is lowered (for a case-sensitive pattern this
  // only lets "You" through where "you" is required: the pattern then runs and decides)
  return literals.map((literal) => literal.replace(/[A-Z]/g, (letter) => letter.toLowerCase()));
}

/** A gate over `patterns`, built on first scan (deriving the literals costs a few ms). */
export function createPatternGate(patterns: readonly RegExp[]): PatternGate {
  let scanner: KeywordScanner | undefined;
  return {
    scan(text: string): Uint8Array {
      scanner ??= createKeywordScanner(patterns.map(literalsOf), { asciiCaseInsensitive: true });
      return scanner.scan(text);
    },
  };
}

/**
 * A cheap test that tells when a pattern of the shape "a word from this list, at the start of the
 * text or after a space, then a word boundary" cannot match, so its (large, slow to compile) regex
 * is not run. A superset: false means no such word is there; true means "run the pattern".
 */
const LEADING_WORD = /^\w+/;
const SPACES = /\s+/;

/** True when some whitespace-separated piece of `text` begins with one of `words` followed by a non-word character or its end. */
export function hasWordAtStart(text: string, words: ReadonlySet<string>): boolean {
  for (const piece of text.split(SPACES)) {
    const word = LEADING_WORD.exec(piece);
    if (word !== null && words.has(word[0])) return true;
  }
  return false;
}

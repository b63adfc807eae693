/** Small facts about English words the policy needs without phrasing anything itself. */
/** "an 8", "an 11", "an 18", "a 7": by how the number is said, not how it is written. */
export function indefiniteArticle(value: number): 'a' | 'an' {
  return /^(?:8|11|18|8\d)(?:\D|$)/.test(String(value)) ? 'an' : 'a';
}

/** The same words, whatever the case, quotes and punctuation around them. */
export function sameWords(left: string, right: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .trim()
      .split(/\s+/)
      .join(' ');
  return words(left) === words(right);
}

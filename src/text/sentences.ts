/**
 * Sentence helpers shared by the realizer, the invariant checker and the evaluator, so that
 * "the same sentence" means one thing everywhere (session rule 3).
 */

/** Lowercase, straight quotes, no punctuation, single spaces. */
export function normalizeSentence(sentence: string): string {
  return sentence
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits text into sentences at . ! ? … followed by a space or the end, so "main.py" and
 * "v2.1" stay whole; a closing quote after the mark stays with its sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const pattern = /[\s\S]*?(?:[.!?…]+["'\u201D\u2019)]*(?=\s|$)|$)/gu;
  for (const match of text.matchAll(pattern)) {
    const sentence = match[0].trim();
    if (sentence && /[\p{L}\p{N}]/u.test(sentence)) sentences.push(sentence);
  }
  return sentences;
}

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

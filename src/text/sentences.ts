/**
 * Sentence helpers shared by the realizer, the invariant checker and the evaluator, so that
 * "the same sentence" means one thing everywhere (session rule 3).
 */

const ASCII = /^[\x00-\x7f]*$/;
const NOT_WORD_ASCII = /[^a-z0-9'\s]+/g;
const NOT_WORD = /[^\p{L}\p{N}'\s]+/gu;
const STRAY_APOSTROPHE_ASCII = /'(?![a-z])|(?<![a-z])'/g;
const STRAY_APOSTROPHE = /'(?!\p{L})|(?<!\p{L})'/gu;

/** Lowercase, straight quotes, no punctuation, single spaces. */
export function normalizeSentence(sentence: string): string {
  // most sentences are plain ASCII: the same result without Unicode normalisation and classes
  if (ASCII.test(sentence)) {
    return sentence
      .toLowerCase()
      .replace(NOT_WORD_ASCII, ' ')
      .replace(STRAY_APOSTROPHE_ASCII, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return sentence
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(NOT_WORD, ' ')
    .replace(STRAY_APOSTROPHE, ' ')
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

/**
 * Sentence helpers shared by the realizer, the invariant checker and the evaluator, so that
 * "the same sentence" means one thing everywhere (session rule 3).
 */

const ASCII = /^[\x00-\x7f]*$/;
const NOT_WORD = /[^\p{L}\p{N}'\s]+/gu;
const STRAY_APOSTROPHE = /'(?!\p{L})|(?<!\p{L})'/gu;

const isLetter = (code: number) => code >= 0x61 && code <= 0x7a;

/**
 * The ASCII case in one pass (the evaluator and the coach normalise every sentence they see): what
 * the Unicode path's steps give for ASCII. A letter or digit is kept, an apostrophe only between two
 * letters, anything else separates, and separators become single spaces between kept runs.
 */
function normalizeAscii(sentence: string): string {
  const lower = sentence.toLowerCase();
  let out = '';
  let run = -1;
  for (let index = 0; index <= lower.length; index++) {
    const code = index < lower.length ? lower.charCodeAt(index) : -1;
    // charCodeAt past either end is NaN: no letter there
    const kept =
      isLetter(code) ||
      (code >= 0x30 && code <= 0x39) ||
      (code === 0x27 && isLetter(lower.charCodeAt(index - 1)) && isLetter(lower.charCodeAt(index + 1)));
    if (kept) {
      if (run < 0) run = index;
      continue;
    }
    if (run >= 0) {
      out = out.length > 0 ? `${out} ${lower.slice(run, index)}` : lower.slice(run, index);
      run = -1;
    }
  }
  return out;
}

/** Lowercase, straight quotes, no punctuation, single spaces. */
export function normalizeSentence(sentence: string): string {
  // most sentences are plain ASCII: the same result without Unicode normalisation and classes
  if (ASCII.test(sentence)) return normalizeAscii(sentence);
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

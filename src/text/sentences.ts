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
  // the matches matchAll gives, without the copy of the pattern it makes on every call (the fold and
  // the session split every reply): an empty match moves on by one character, a surrogate pair by two
  SENTENCE.lastIndex = 0;
  for (let match = SENTENCE.exec(text); match !== null; match = SENTENCE.exec(text)) {
    const sentence = match[0].trim();
    if (sentence && LETTER_OR_DIGIT.test(sentence)) sentences.push(sentence);
    if (match[0].length === 0) SENTENCE.lastIndex = afterEmptyMatch(text, SENTENCE.lastIndex);
  }
  SENTENCE.lastIndex = 0;
  return sentences;
}

const SENTENCE = /[\s\S]*?(?:[.!?…]+["'\u201D\u2019)]*(?=\s|$)|$)/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where matchAll looks next after an empty match at `index` (a u pattern: one code point on). */
function afterEmptyMatch(text: string, index: number): number {
  if (index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

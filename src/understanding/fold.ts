/**
 * Folds an utterance for matching without moving any character: every UTF-16 unit maps to
 * exactly one unit, so an index in the folded text is an index in the original (spans stay true).
 */
const SAME_LENGTH_REPLACEMENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  // an em dash joins two thoughts: a clause boundary, like a semicolon
  '\u2014': ';',
  '\u2015': ';',
  '\u2026': '.',
  '\u00A0': ' ',
};

const FOLDABLE =
  /[\u2018\u2019\u201B\u2032`\u201C-\u201F\u00AB\u00BB\u2010-\u2015\u2026\u00A0\u0000-\u001F\u007F]/g;

export function foldText(text: string): string {
  const replaced = text.replace(FOLDABLE, (character) => SAME_LENGTH_REPLACEMENTS[character] ?? ' ');
  const lower = replaced.toLowerCase();
  if (lower.length === replaced.length) return lower;
  // a few letters (Turkish İ) lowercase to two units; fold those one by one to keep offsets
  let folded = '';
  for (const unit of replaced) {
    const lowered = unit.toLowerCase();
    folded += lowered.length === unit.length ? lowered : unit;
  }
  return folded;
}

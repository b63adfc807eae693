/**
 * Every match of a global pattern, as `[...text.matchAll(pattern)]` gives them, without the
 * copy of the pattern that matchAll makes on each call: on a short utterance that copy costs
 * several times the match itself, and the readers call this thousands of times a session.
 */

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Matches of `pattern` (which must have the g flag, as matchAll requires) in `text`, from the
 * start. Leaves `pattern.lastIndex` at 0, so module-level patterns stay shareable.
 */
export function matchesOf(pattern: RegExp, text: string): readonly RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf needs a global pattern');
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  if (match === null) return NO_MATCHES;
  const matches: RegExpExecArray[] = [];
  while (match !== null) {
    matches.push(match);
    // an empty match moves on by one character, as matchAll does
    if (match[0].length === 0) pattern.lastIndex = advance(text, pattern.lastIndex, pattern);
    match = pattern.exec(text);
  }
  pattern.lastIndex = 0;
  return matches;
}

function advance(text: string, index: number, pattern: RegExp): number {
  // with the u or v flag a surrogate pair is one character
  const fullUnicode = pattern.unicode || pattern.flags.includes('v');
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

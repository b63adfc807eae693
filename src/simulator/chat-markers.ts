/**
 * Laughs and emoji as one budget: "lol", "haha", "omg", ":(" and 😞 are the same kind of mark on a
 * message, whether the card's line carries it, a filler tacked it on or their emoji habit added it.
 * Blind raters named the marks that come back ("repeated 'omg lol' markers", "the recurring 😞",
 * "reuses the same emoji", realism v17–v18) on simulated excerpts and on none of the human-written
 * ones, whose 75 chats of v13–v18 carry an emoji on 1 line of 600. One mark in a stretch of talk is
 * a person's; one every few lines is a generator's seasoning.
 */

/** Client turns after a mark before the next one: an excerpt of 4–10 lines shows one at most. */
export const MARKER_GAP = 10;

const EMOJI = /\p{Extended_Pictographic}/u;
const FACE = /(^|\s)[:;][()/]/;
const LAUGH = /\b(lol|haha+|omg|lmao)\b/i;

/** Whether a typed message carries a laugh, a face or an emoji. */
export function hasMarker(text: string): boolean {
  return EMOJI.test(text) || FACE.test(text) || LAUGH.test(text);
}

/**
 * The message without its marks: a leading "omg", a laugh after a word ("in theory lol. in
 * practice"), a face or emoji at the end. A laugh only ever follows a clause, so the clause stands.
 */
export function withoutMarker(text: string): string {
  let plain = text;
  for (let pass = 0; pass < 3; pass += 1) {
    const before = plain;
    plain = plain
      .replace(/\s*(\p{Extended_Pictographic}\uFE0F?)+\s*$/u, '')
      .replace(/\s+[:;][()/]\s*$/, '')
      .replace(/[\s,]+(lol|haha+|lmao|omg)[.!]*\s*$/i, '')
      .replace(/\s+(lol|haha+|lmao|omg)(?=[.,;!]?\s)/gi, '')
      .replace(/^(omg|lol|haha+|lmao)[\s,]+/i, '')
      .replace(/(^|\.\s+|\s)(hi|hey)\s+omg\s+/i, '$1$2 ');
    if (plain === before) break;
  }
  return plain.trim();
}

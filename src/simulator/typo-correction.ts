/**
 * A typo put right in a message of its own: a careless typist sees the slip they just sent and
 * follows it with the word alone, starred ("*myself"), whatever the counsellor said in between. The
 * base rater of round 19 read a stray one-word "*" correction as a real person. It only ever follows
 * a message that really carries a slip, and only a key slip ("nyself"): a missed space ("inthe") is
 * seldom put right. Drawn per person (most never correct) and per slip, on dice of its own, so the
 * session's other dice do not move.
 */
import type { Persona } from './persona-schema.ts';
import { createRandom, deriveSeed } from './prng.ts';

/** A word typed wrong in a message, and the word that was meant. */
export type Slip = { typed: string; meant: string };

/** Share of careless typists who ever put a slip right, and how often they do once they see one. */
const CORRECTORS = 0.4;
const CORRECTION_RATE = 0.5;

const wordsOf = (text: string) => text.match(/[A-Za-z']+/g) ?? [];

/**
 * The one word a piece slipped on, laid beside the same piece typed without a slip; undefined when
 * the two differ by more than one word in place (a missed space joins two words: not put right).
 */
export function slipBetween(meant: string, typed: string): Slip | undefined {
  if (meant === typed) return undefined;
  const meantWords = wordsOf(meant);
  const typedWords = wordsOf(typed);
  if (meantWords.length !== typedWords.length) return undefined;
  const differing = meantWords.flatMap((word, at) =>
    word === typedWords[at] ? [] : [{ typed: typedWords[at], meant: word }],
  );
  return differing.length === 1 ? differing[0] : undefined;
}

/** The correction to send next, or undefined: only when the slip is still in the message as sent. */
export function typoCorrection(
  sent: string,
  slip: Slip | undefined,
  persona: Persona,
  turn: number,
): string | undefined {
  if (!slip || !new RegExp(`\\b${slip.typed}\\b`).test(sent)) return undefined;
  if (!createRandom(deriveSeed(19, 'corrects', persona.id)).chance(CORRECTORS)) return undefined;
  const random = createRandom(deriveSeed(turn, 'correction', persona.id, sent));
  if (!random.chance(CORRECTION_RATE)) return undefined;
  // (mostly the star first, as in chat; now and then after the word)
  return random.chance(0.8) ? `*${slip.meant.toLowerCase()}` : `${slip.meant.toLowerCase()}*`;
}

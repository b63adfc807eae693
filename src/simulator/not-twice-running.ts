/**
 * The same line word for word twice in a session — two messages running ("Calms me down" then
 * "Calms me down", round 17's dev rater) or further apart ("Pack a day" on the second and the sixth
 * line, the round-19 base rater's "loop") ("Calms me down" then "Calms me down", round
 * 17's dev rater) reads as a program answering two questions from one slot. Asked again, people
 * say less the second time: the yes or no alone, or that it is the same answer.
 */
import { createRandom, deriveSeed } from './prng.ts';

/** Lines of two words or more compared without case, stops or apostrophes. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The yes or no a repeated answer opens on, kept alone ("yes i think so" twice → "yes"). */
const OPENS_ON_ANSWER = /^(yes|yeah|yep|yea|ya|no|nope|nah|not really|maybe|probably|i guess|i suppose)\b/i;

/** Saying it is the same answer: one way per person, lower case, no stop. */
const SAME_AGAIN = ['same really', 'same as before', 'same answer', 'same thing really', 'what i said'];

/** A session's messages so far, by their plain words: for a repeat anywhere, not only the last. */
export class SpokenLines {
  readonly #seen = new Set<string>();

  /** The earlier message `text` says again word for word (two words or more), if any. */
  earlier(text: string): string | undefined {
    const line = plain(text);
    return line.includes(' ') && this.#seen.has(line) ? line : undefined;
  }

  add(text: string): void {
    this.#seen.add(plain(text));
  }

  /** `text`, or what they say in its place when it says an earlier message again; remembered. */
  once(text: string, last: string, personId: string, turn: number): string {
    const again = this.earlier(text) === undefined ? last : text;
    const said = notTwiceRunning(text, again, personId, turn, this);
    this.add(said);
    return said;
  }
}

/** Whether `text` says `previous` again, word for word, in two words or more. */
export function saysItAgain(text: string, previous: string | undefined): boolean {
  if (previous === undefined) return false;
  const line = plain(text);
  return line.split(' ').length >= 2 && line === plain(previous);
}

/**
 * The message to send in place of `text` when it would repeat `previous` word for word; `text`
 * itself otherwise. The dice are the person's own and the turn's, so the session's dice stay put.
 */
export function notTwiceRunning(
  text: string,
  previous: string | undefined,
  personId: string,
  turn: number,
  spoken?: SpokenLines,
): string {
  if (!saysItAgain(text, previous)) return text;
  // (not an opener said already: "i suppose" in place of "I suppose so" just after "i suppose")
  const answer = text.match(OPENS_ON_ANSWER);
  if (answer && spoken?.earlier(answer[0]) === undefined) return answer[0];
  const random = createRandom(deriveSeed(turn, 'not-twice-running', personId));
  // (their own way first; another once that one is said: "same really" twice is a loop of its own)
  const first = deriveSeed(18, 'same-again', personId) % SAME_AGAIN.length;
  const ways = SAME_AGAIN.map((_, offset) => SAME_AGAIN[(first + offset) % SAME_AGAIN.length] as string);
  const same = ways.find((way) => spoken?.earlier(way) === undefined) ?? (ways[0] as string);
  // (a capitalising typist capitalises this too; a stop only where the repeated line had one)
  const cased = /^[A-Z]/.test(text) ? same[0].toUpperCase() + same.slice(1) : same;
  return /[.!]$/.test(text.trim()) && random.chance(0.7) ? `${cased}.` : cased;
}

/**
 * A remark on being asked question after question ("good question", "meaning what?"). Real clients of an MI counsellor that asks every turn say such things to the bot now
 * and then; it was one of the things a blind rater took for a real person (round 13's first run:
 * "addressing the bot itself"). Once a session at most, and only after a run of questions, so a
 * therapist that reflects without asking never hears it.
 */
import type { SaidLines } from './client-content.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';

/** Therapist turns with a question in a row before a remark may come. */
export const QUESTION_RUN = 5;

// (two words at most, so no stock remark of three is said by two people; no "i already said that" or
// "can you ask that a different way": blind raters of round 14 read complaints about the chat as the
// simulator's habit)
const REMARKS = ['good question', 'meaning what?', 'why?', 'no idea', 'hmm', 'questions lol'];

/** Share of people who ever remark on the questions. */
const REMARKERS = 0.4;

/**
 * The remark, or undefined (not yet, said already, or this person lets it pass). Which remark, and
 * whether they make one at all, is the person's own (`personId`): drawn per session, "meaning what?"
 * came from two clients in one ten-excerpt sample (round 17), a stock line shared across people.
 */
export function questionRemark(
  questionStreak: number,
  said: SaidLines,
  random: Random,
  personId?: string,
): string | undefined {
  if (questionStreak < QUESTION_RUN || said.remarkedOnQuestions) return undefined;
  const own = personId === undefined ? undefined : createRandom(deriveSeed(17, 'remark', personId));
  if (own && !own.chance(REMARKERS)) return undefined;
  // (seldom: a few in ten sessions, not one in every excerpt)
  if (!random.chance(0.04)) return undefined;
  said.remarkedOnQuestions = true;
  return (own ?? random).pick(REMARKS);
}

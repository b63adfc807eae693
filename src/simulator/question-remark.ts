/**
 * A remark on being asked question after question ("you ask a lot of questions", "what do you mean
 * exactly?"). Real clients of an MI counsellor that asks every turn say such things to the bot now
 * and then; it was one of the things a blind rater took for a real person (round 13's first run:
 * "addressing the bot itself"). Once a session at most, and only after a run of questions, so a
 * therapist that reflects without asking never hears it.
 */
import type { SaidLines } from './client-content.ts';
import type { Random } from './prng.ts';

/** Therapist turns with a question in a row before a remark may come. */
export const QUESTION_RUN = 5;

const REMARKS = [
  'you ask a lot of questions',
  'so many questions lol',
  'i feel like i already answered that',
  'what do you mean exactly?',
  'not sure what you mean',
  'can you ask that a different way',
  'i already said that',
];

/** The remark, or undefined (not yet, said already, or this person lets it pass). */
export function questionRemark(questionStreak: number, said: SaidLines, random: Random): string | undefined {
  if (questionStreak < QUESTION_RUN || said.remarkedOnQuestions) return undefined;
  // (seldom: a few in ten sessions, not one in every excerpt)
  if (!random.chance(0.04)) return undefined;
  said.remarkedOnQuestions = true;
  return random.pick(REMARKS);
}

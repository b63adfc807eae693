import type { Step } from '../spec/move.ts';

/**
 * "thats too much" with no task of theirs to shrink: a body step ("take one slow breath and notice
 * where you are") answers a different question than the one they asked. The human supporters
 * shrink their own plan instead: "forget the schedule; which group of drugs mixes you up most? start
 * just there". This is that step, with no object of ours in it.
 */
export const ONE_PART: Step = {
  text: 'pick the one part of it that bothers you most',
  size: 20,
  rung: -1,
};

/** What "thats too much" pushed back on when no step was on record: all of it at once. */
export const ALL_AT_ONCE: Step = { text: 'do all of it at once', size: 3600, rung: -1 };

// the bottom rungs that ask nothing of the task: breath, water, feet, shoulders
const BODY_STEP =
  /\b(?:breath|breaths|glass of water|feet flat|shoulders|jaw|hands in your lap|close your eyes|one sound)\b/i;

/** The one-part step in place of a body step, when it is still smaller than where they were. */
export function onePartFor(shrunk: Step, from: Step, before?: number): Step | undefined {
  if (!BODY_STEP.test(shrunk.text)) return undefined;
  const limit = Math.min(from.size, before ?? Number.POSITIVE_INFINITY);
  return ONE_PART.size < limit ? ONE_PART : undefined;
}

/**
 * The question for a turn with no sure noun phrase to name (issue 17): it follows what the turn did
 * rather than a fixed line. On the seen sets about 200 of 629 replies ended on "What's the hardest
 * part of that for you?" or "Can you tell me more about that?" whatever the person had done: told
 * what someone else did ("a boy laughed"), said what they will do. The human replies asked after
 * that move: how it landed, how the plan might go. (A feeling named is asked about already, in
 * listen.ts. A turn that turned something down was asked what they would want instead: on the seen
 * sets it fired once, after "i dont want to try again i want that one", and read as deaf; dropped.)
 * Someone else's deed is read by understanding (others-deed.ts), from a clause's opening words.
 */
import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { POSITIVE_FEELINGS } from './words.ts';

// a clause this heavy names a struggle (as in listen.ts)
const STRUGGLE_WEIGHT = 2;

/** Whether this turn said something was hard: a struggle, a painful feeling, a fear or a body sign. */
export function turnNamesHardship(state: SessionState, observations: readonly Observation[]): boolean {
  if (state.emotionNow && !POSITIVE_FEELINGS.has(state.emotionNow)) return true;
  return observations.some(
    (item) =>
      item.kind === 'worry' ||
      item.kind === 'sensation' ||
      item.kind === 'self-judgement' ||
      (item.kind === 'statement' && item.weight >= STRUGGLE_WEIGHT),
  );
}

/** A question that follows the turn's move, or undefined when the turn did none of these. */
export function turnShapeQuestion(
  state: SessionState,
  observations: readonly Observation[],
): Move | undefined {
  // a hello and nothing else ("hey", "hiya"): what they would like to talk about, while nothing is
  // known yet (the stock "What's the hardest part of that for you?" after "hey" answered nothing said)
  const greeting = observations.some((item) => item.kind === 'turn-form' && item.greeting);
  if (!state.task && greeting) return { type: 'open-question', about: 'task' };
  const kinds = new Set(observations.map((item) => item.kind));
  // what someone else did ("a boy laughed", "she just said same babe"): how it landed with them
  // (in any clause of the line: "in PE they did it in front of sir and he just laughed")
  if (kinds.has('others-deed')) return { type: 'open-question', about: 'their-doing' };
  // a plan of their own: how they picture it going, not where it is hard
  if (kinds.has('proposal')) return { type: 'open-question', about: 'their-plan' };
  return undefined;
}

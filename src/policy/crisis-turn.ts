/**
 * The turn when safety comes first and alone (moved out of decide.ts, unchanged): the crisis moves,
 * pending reminders called off and said so, and a short close when they ask to stop.
 */
import type { SafetyPlan } from '../safety/index.ts';
import type { SessionState } from '../session/state.ts';
import type { Observation } from '../spec/observation.ts';
import type { Decision } from './decide.ts';
import { crisisCloseSummary, goodbyeDisclosed, withCancelledNudges } from './safety-moves.ts';

/** The crisis turn's decision, or undefined when the safety plan leaves room for the rest of the turn. */
export function crisisDecision(
  state: SessionState,
  observations: readonly Observation[],
  safety: SafetyPlan,
): Decision | undefined {
  const pendingIds = state.pendingNudges.map((nudge) => nudge.id);
  // a possible-risk check-in asked again while the person keeps asking for something: the
  // check-in still comes first, and their requests are answered beside it (session rules 1 and 4)
  const askingAgain =
    safety.moves.every((move) => move.type !== 'crisis' || move.level === 'possible') &&
    state.lastTherapistMoves.some((move) => move.type === 'crisis' && move.level === 'possible') &&
    observations.some((item) => item.kind === 'request' && item.type !== 'stop');
  if (!safety.exclusive || askingAgain) return undefined;
  // the crisis path calls off pending reminders (issue 8); the crisis turn says so (session rule 2).
  // A gentle check-in (the learned reader's guess alone) is only a question: the reminders the
  // person asked for stand until a yes makes it a crisis (a silent cancel is a broken promise)
  const gentleOnly = safety.moves.every((move) => move.type !== 'crisis' || move.gentle === true);
  const cancelled = gentleOnly ? [] : pendingIds;
  const crisisMoves =
    cancelled.length === 0 ? safety.moves : withCancelledNudges(safety.moves, cancelled.length);
  // "I need to stop now" in a crisis is respected: the resources first, then a short close
  const stops = observations.some((item) => item.kind === 'request' && item.type === 'stop');
  if (stops && !state.closed && !goodbyeDisclosed(observations))
    return {
      plan: [...crisisMoves, { type: 'close', summary: crisisCloseSummary(state) }],
      nudges: [],
      cancelNudges: cancelled,
      closes: true,
    };
  return { plan: crisisMoves, nudges: [], cancelNudges: cancelled, closes: false };
}

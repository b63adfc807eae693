/**
 * The safety side of a plan, shaped for this turn: a check-in first time or again, in the person's
 * words, with reminders called off, or the line left open after they moved on.
 */
import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { Observation, StatementObservation } from '../spec/observation.ts';
import { isReflectable } from '../text/reflectable.ts';

/** A close said during a crisis: short, and about safety rather than the task. */
export function crisisCloseSummary(state: SessionState): string {
  return state.wins > 0
    ? `You did ${state.wins === 1 ? 'one step today, and it counts' : `${state.wins} steps today, and they count`}. Your safety matters more than anything else.`
    : 'Your safety matters more than anything else.';
}

/**
 * A goodbye that is itself the disclosure ("i want to end it. goodbye" read as a stop over the risk's words,
 * "wrote my goodbye letters"): the crisis reply, never a close that lets the person leave on it. A stop said
 * apart from the risk ("I need to stop now") is still respected.
 */
export function goodbyeDisclosed(observations: readonly Observation[]): boolean {
  const risks = observations.filter((item) => item.kind === 'risk' && item.about !== 'other' && !item.past);
  return observations.some(
    (item) =>
      item.kind === 'request' &&
      item.type === 'stop' &&
      risks.some((risk) => risk.span[0] < item.span[1] && item.span[0] < risk.span[1]),
  );
}

/**
 * "Still at risk" means we asked and the answer kept the worry; when our last turn asked nothing
 * (another therapist spoke, in a replay, or the talk moved on), the check-in is a first one
 * ("I'm still right here with you" before anything was asked reads wrong).
 */
export function firstTimeWhenUnasked<T extends { moves: Move[] }>(plan: T, state: SessionState): T {
  if (state.lastTherapistMoves.some((move) => move.type === 'crisis')) return plan;
  const moves = plan.moves.map((move) =>
    move.type === 'crisis' && move.phase === 'still-at-risk' ? { ...move, phase: 'initial' } : move,
  );
  return { ...plan, moves };
}

/**
 * Moved on from a possible risk with nothing asked (src/session/safety-step-back.ts): the turn is
 * an ordinary reply to what they said, and the way to reach a person is left open after it, once
 * ("Okay, let's do that" belongs to a request answered, not to a turn that asked nothing).
 */
// at module level: a named closure made on every turn costs a defineProperty under tsx (keepNames)
const movedOn = (move: Move) => move.type === 'crisis' && move.phase === 'moved-on';

export function leftOpen<T extends { moves: Move[] }>(
  plan: T,
  observations: readonly Observation[],
  lastTherapistMoves: readonly Move[] = [],
): { safety: T; doorOpen: Move[] } {
  const asked = observations.some((item) => item.kind === 'request');
  if (!plan.moves.some(movedOn)) return { safety: plan, doorOpen: [] };
  // a request answered after our check-in ("Okay, let's do that."): the door is left as lightly as after
  // small talk (v24 dev ratings: a helpline read out after an ordinary agreement, rated 1)
  if (asked) {
    const moves = plan.moves.map((move) => (movedOn(move) ? lightDoor(move, lastTherapistMoves) : move));
    return { safety: { ...plan, moves }, doorOpen: [] };
  }
  const doorOpen = plan.moves.flatMap((move) =>
    move.type === 'crisis' && movedOn(move)
      ? [lightDoor({ ...move, phase: 'door-open' }, lastTherapistMoves)]
      : [],
  );
  return { safety: { ...plan, moves: plan.moves.filter((move) => !movedOn(move)) }, doorOpen };
}

/**
 * "anyway did u see the match last night" after our check-in: the person changed the subject, so the
 * door is left open lightly, without reading a line out again beside small talk (final v13 replies: a
 * crisis line appended to the match read as not listening). Light when the lines were just said (they
 * have them) or when the worry was the learned reader's guess alone (nothing they said named a risk; the
 * end-of-session check is still owed). A rule-read worry we never answered in a replay keeps its line.
 */
function lightDoor(move: Move, lastTherapistMoves: readonly Move[]): Move {
  if (move.type !== 'crisis' || (move.riskType !== 'suicide' && move.riskType !== 'self-harm')) return move;
  const ours = lastTherapistMoves.find((said) => said.type === 'crisis');
  const linesSaid = ours?.type === 'crisis' && ours.gentle !== true && ours.resources.length > 0;
  if (linesSaid) return { ...move, resources: [], light: 'lines-said' };
  if (move.level === 'possible' && (move.gentle || ours !== undefined))
    return { ...move, resources: [], light: 'asked' };
  return move;
}

export function withCancelledNudges(moves: readonly Move[], count: number): Move[] {
  let told = false;
  return moves.map((move) => {
    if (move.type !== 'crisis' || told) return move;
    told = true;
    return { ...move, cancelledNudges: count };
  });
}

// a check-in quotes a clause only this short: a long one read back sounds like a transcript
const QUOTE_MAX_WORDS = 16;

/**
 * A first check-in asks about the person's own words ("When you say you feel like a burden, …"),
 * as a counsellor does: the clause the risk was read in, when one was said this turn.
 */
export function inTheirWords<T extends { moves: Move[] }>(plan: T, observations: readonly Observation[]): T {
  const risk = observations.find((item) => item.kind === 'risk');
  if (!risk || !plan.moves.some((move) => move.type === 'crisis' && move.phase === 'initial')) return plan;
  const [start, end] = risk.span;
  // the clause that overlaps the risk and ends nearest its end: where the worrying words were
  let said: StatementObservation | undefined;
  for (const item of observations) {
    if (item.kind !== 'statement' || item.span[1] <= start || item.span[0] >= end) continue;
    if (!isReflectable(item.text) || item.text.split(/\s+/).length > QUOTE_MAX_WORDS) continue;
    if (!said || Math.abs(item.span[1] - end) < Math.abs(said.span[1] - end)) said = item;
  }
  if (!said) return plan;
  const clause = { text: said.text, span: said.span };
  const moves = plan.moves.map((move) =>
    move.type === 'crisis' && move.phase === 'initial' ? { ...move, said: clause } : move,
  );
  return { ...plan, moves };
}

import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { RequestObservation } from '../spec/observation.ts';
import { sensationClause } from './act-moves.ts';
import { workingStep } from './step-choice.ts';

/** The closing summary: the wins, counted as real, and what they noticed. */
export function summaryFor(state: SessionState): string {
  const wins =
    state.wins === 0
      ? 'You stayed with something hard today, and that counts.'
      : `You took ${state.wins === 1 ? 'one small step' : `${state.wins} small steps`} today, and ${state.wins === 1 ? 'it counts' : 'each one counts'}.`;
  // as clauses ("your chest is tight"): a bare name ("You noticed numb body") read as learner grammar
  const noticed = [
    ...new Set(state.sensations.map((item) => sensationClause(item.part, item.quality))),
  ].slice(-2);
  // a tired person gets the wins alone: the close must fit the shrinking turn too
  const noticing =
    noticed.length > 0 && state.fatigue < 7
      ? ` You noticed ${noticed.join(' and ')}, and stayed with it.`
      : '';
  return wins + noticing;
}

/** A close a clinician would recognise: wins, what they noticed, one step for later, the 0–10 again. */
export function closeMoves(state: SessionState): Move[] {
  const moves: Move[] = [];
  if (state.wins > 0)
    moves.push({ type: 'acknowledge-progress', wins: state.wins, discounted: state.discountedWins > 0 });
  moves.push({ type: 'close', summary: summaryFor(state) });
  // a step for later only when this session has one: someone who only talked leaves with no homework
  const ownStep = state.currentStep !== undefined && state.currentStepBy !== 'external';
  if (!state.closed && ownStep) moves.push({ type: 'propose-step', step: workingStep(state) });
  // the 0–10 again, unless they just gave it or were never asked it
  if (!state.ratedSinceCoachSpoke && state.ratingAsked > 0)
    moves.push({ type: 'ask-rating', scale: 'distress-0-10' });
  return moves;
}

/**
 * Whether a "stop" asks to end the session (never for "stop with the questions", which asks to be
 * heard: understanding marks it, stop-manner.ts).
 */
export function endsTheSession(request: RequestObservation): boolean {
  return request.type === 'stop' && !request.manner;
}

import type { SessionState } from '../session/state.ts';
import type { Step } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { ALL_AT_ONCE, onePartFor } from '../steps/one-part.ts';
import type { TurnStep } from './answer-requests.ts';
import { firstStep, nextStep, shrink, stepFromProposal, workingStep } from './step-choice.ts';

/**
 * The step this turn works with (one concept: which rung, given what was asked and reported).
 * Pure: the same state and observations give the same step.
 */
export function chooseStep(
  state: SessionState,
  observations: readonly Observation[],
  asked: ReadonlySet<string>,
  outcome: 'done' | 'partial' | 'not-done' | 'none',
): TurnStep {
  const from = workingStep(state);
  const proposal = adoptedProposal(state, observations);
  if (asked.has('smaller')) {
    const to = proposal && proposal.size < from.size ? proposal : shrink(from, state);
    // no task of theirs to shrink: a part of what they face, not a breath (steps/one-part.ts)
    if (!state.task && to !== proposal) {
      // with no step on record, the step we would have started from was never said: what they
      // found too much is all of it at once
      const whole = state.currentStep ?? ALL_AT_ONCE;
      const onePart = onePartFor(to, whole, state.currentStep?.size);
      if (onePart) return { from: whole, step: onePart, shrunk: true };
    }
    // "can you make it smaller?" before any step was said: the step we would have started from was
    // never offered, so the smaller one is a first tiny step, not "even smaller" of one they never saw
    // (the README chat, rounds 17–18); a step named in our offer just made was seen, and shrinks
    if (!state.currentStep && to !== proposal)
      return { from: offeredJustNow(state) ?? ALL_AT_ONCE, step: to, shrunk: true };
    return { from, step: to, shrunk: true };
  }
  if (proposal) return { from, step: proposal, shrunk: false };
  // the other supporter's step, and they ask us what to do: it did not land ("tried that"), so
  // what we give is smaller, never the same advice handed back as "exactly what to do"
  if (state.currentStepBy === 'external' && (asked.has('concrete') || asked.has('next')))
    return { from, step: shrink(from, state), shrunk: true };
  if (observations.some((item) => item.kind === 'decline') && state.currentStep)
    return { from, step: shrink(from, state), shrunk: true };
  if (!state.currentStep) return { from, step: firstStep(state), shrunk: false };
  if (outcome !== 'none' || asked.has('next')) return { from, step: nextStep(state, outcome), shrunk: false };
  return { from, step: from, shrunk: false };
}

/** The step our offer of the last turn named ("Would it help to start with just this: …?"), if any. */
function offeredJustNow(state: SessionState): Step | undefined {
  for (const move of state.lastTherapistMoves)
    if (move.type === 'ask-permission' && move.step) return move.step;
  return undefined;
}

/** A step the person proposed, when it fits: smaller than the current one, or none yet, or energy to spare. */
export function adoptedProposal(state: SessionState, observations: readonly Observation[]): Step | undefined {
  const proposal = observations.find((item) => item.kind === 'proposal');
  if (proposal?.kind !== 'proposal') return undefined;
  const step = stepFromProposal(proposal.step, proposal.afterMs, state);
  const current = state.currentStep;
  if (!current || step.size < current.size || state.fatigue < 6) return step;
  return undefined;
}

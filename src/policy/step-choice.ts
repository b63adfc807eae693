import type { SessionState } from '../session/state.ts';
import type { Step } from '../spec/move.ts';
import {
  biggerStep,
  estimateStepSize,
  ladderFor,
  objectPhrase,
  rungNear,
  smallerStep,
} from '../steps/index.ts';
import { asImperative } from './words.ts';

export function ladderOf(state: SessionState): readonly Step[] {
  return ladderFor(state.task?.domain ?? 'other', state.task?.object);
}

export function objectOf(state: SessionState): string {
  return objectPhrase(state.task?.object);
}

/** The first step: small when distress or fatigue is high, a modest block otherwise. */
export function firstStep(state: SessionState): Step {
  const ladder = ladderOf(state);
  const distress = state.ratings.at(-1) ?? 5;
  const rung = state.fatigue >= 5 || distress >= 7 ? 5 : distress >= 4 ? 4 : 3;
  return ladder[Math.min(rung, ladder.length - 1)];
}

/** The step we are working from: the last one proposed (by anyone), else where we would start. */
export function workingStep(state: SessionState): Step {
  return state.currentStep ?? firstStep(state);
}

/** One rung down; two when the last turn already shrank and they still ask, so "smaller" feels smaller. */
export function shrink(from: Step, state: SessionState): Step {
  const ladder = ladderOf(state);
  const once = smallerStep(from, ladder, state.task?.object);
  const again = state.lastTherapistMoves.some((move) => move.type === 'shrink-step');
  return again && once.rung < ladder.length - 1 ? smallerStep(once, ladder, state.task?.object) : once;
}

/**
 * The next step after a report: bigger when it went well and there is energy, smaller when it did
 * not or when the person is tired, and a different rung of the same size otherwise.
 */
export function nextStep(state: SessionState, outcome: 'done' | 'partial' | 'not-done' | 'none'): Step {
  const current = state.currentStep;
  if (!current) return firstStep(state);
  const ladder = ladderOf(state);
  if (outcome === 'done' && state.fatigue < 4) return biggerStep(current, ladder);
  // a tired person asking for the next step gets the tiniest one: one click, one look
  if (state.fatigue >= 6) {
    const tiny = ladder.find((step) => step.size <= 5 && step.size < current.size);
    if (tiny) return tiny;
  }
  if (outcome !== 'none' || state.fatigue >= 4) return shrink(current, state);
  const sameRung = ladder[rungNear(current.size, ladder)];
  return sameRung.text !== current.text && sameRung.size <= current.size ? sameRung : shrink(current, state);
}

/** A step the person proposed, placed on the ladder by its estimated size. */
export function stepFromProposal(text: string, afterMs: number | undefined, state: SessionState): Step {
  const size = estimateStepSize(text, afterMs);
  const cleaned = asImperative(
    text
      .trim()
      .replace(/^(?:an?\s+)?(?:tiny|small|little|simple)\s+(?:thing|step)\s*[,:—–-]?\s*/i, '')
      .replace(/^(?:(?:like|maybe|just|to|I could|I'll|I will|I can|try)\s+)+/i, '')
      .replace(/[.,;:!?]+$/, ''),
  );
  return { text: cleaned || text.trim(), size, rung: rungNear(size, ladderOf(state)) };
}

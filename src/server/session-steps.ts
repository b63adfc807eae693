import type { SessionEvent } from '../session/events.ts';
import type { Move } from '../spec/move.ts';

/** The step a therapist turn offered: a proposed, shrunk or concrete step. */
function stepInMoves(moves: readonly Move[] | undefined): string | undefined {
  for (const move of moves ?? []) {
    if (move.type === 'propose-step') return move.step.text;
    if (move.type === 'shrink-step') return move.to.text;
    if (move.type === 'answer-concrete' && move.steps.length > 0) return move.steps[0];
  }
  return undefined;
}

export type StepRecord = { text: string; at: number };

/** What a person did in a session, for their own return visits: steps done and the step last offered. */
export type SessionSteps = { completed: (StepRecord & { status: 'done' | 'partial' })[]; last?: StepRecord };

/** Read from the session's log: every step marked done (or partly done), and the latest step proposed. */
export function stepsOf(events: readonly SessionEvent[]): SessionSteps {
  const completed: SessionSteps['completed'] = [];
  let last: StepRecord | undefined;
  let offered: StepRecord | undefined;
  let clientWords: string | undefined;
  for (const event of events) {
    if (event.type === 'client-said') clientWords = event.text;
    const step = event.type === 'therapist-said' ? stepInMoves(event.moves) : undefined;
    if (event.type === 'step-proposed' || step) {
      offered = { text: event.type === 'step-proposed' ? event.step.text : (step as string), at: event.at };
      last = offered;
    }
    if (event.type === 'step-completed' && (event.status === 'done' || event.status === 'partial')) {
      // the step as the coach gave it; else the person's own words for what they did
      const text = event.step?.text ?? offered?.text ?? clientWords ?? 'a step';
      completed.push({ text, at: event.at, status: event.status });
    }
  }
  return { completed, ...(last ? { last } : {}) };
}

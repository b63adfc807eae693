import type { SessionEvent } from '../session/events.ts';

export type StepRecord = { text: string; at: number };

/** What a person did in a session, for their own return visits: steps done and the step last offered. */
export type SessionSteps = { completed: (StepRecord & { status: 'done' | 'partial' })[]; last?: StepRecord };

/** Read from the session's log: every step marked done (or partly done), and the latest step proposed. */
export function stepsOf(events: readonly SessionEvent[]): SessionSteps {
  const completed: SessionSteps['completed'] = [];
  let last: StepRecord | undefined;
  let offered: StepRecord | undefined;
  for (const event of events) {
    if (event.type === 'step-proposed') {
      offered = { text: event.step.text, at: event.at };
      last = offered;
    }
    if (event.type === 'step-completed' && (event.status === 'done' || event.status === 'partial')) {
      const text = event.step?.text ?? offered?.text ?? 'a step';
      completed.push({ text, at: event.at, status: event.status });
    }
  }
  return { completed, ...(last ? { last } : {}) };
}

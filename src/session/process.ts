import type { Observation } from '../spec/observation.ts';
import type { SessionState } from './state.ts';

/** Motivational interviewing's four processes (DESIGN, "Conversation structure"). */
export type MiProcess = 'engage' | 'focus' | 'evoke' | 'plan';

// requests that ask for a step: the person has moved to planning, whatever we thought
const PLANNING_REQUESTS = new Set(['concrete', 'smaller', 'next', 'nudge', 'cue', 'pause']);

/**
 * The process after this client turn, on evidence: a step asked for → plan; yes to our offer
 * of a step → plan; a task first named → focus; a new life topic or push-back on a step → back
 * to engage; one turn of focus → evoke (unless they already said why it matters); one of evoke → plan.
 */
export function nextProcess(state: SessionState, observations: readonly Observation[]): MiProcess {
  const current = state.process;
  if (observations.some((item) => item.kind === 'request' && PLANNING_REQUESTS.has(item.type))) return 'plan';
  // a report on a step moves to planning only when there is a step to report on
  if (observations.some((item) => item.kind === 'proposal')) return 'plan';
  if (state.currentStep && observations.some((item) => item.kind === 'progress')) return 'plan';
  if (state.permissionAsked && observations.some((item) => item.kind === 'assent')) return 'plan';
  if (state.permissionAsked && observations.some((item) => item.kind === 'decline')) return 'engage';
  const topic = observations.find(
    (item) =>
      item.kind === 'life-topic' && !state.lifeTopics.includes(item.topic) && item.strength !== 'passing',
  );
  const task = observations.find((item) => item.kind === 'task');
  const newTask = task?.kind === 'task' && (!state.task || state.task.domain !== task.domain);
  if (topic && !newTask) return 'engage';
  if (current === 'plan') {
    const pushBack = observations.some((item) => item.kind === 'decline') && !state.currentStep;
    return pushBack ? 'engage' : 'plan';
  }
  if (newTask) return state.clientTurns <= 1 ? 'focus' : current === 'engage' ? 'focus' : current;
  // still pouring out (a feeling, a harsh word about themselves): stay and listen before asking why
  const pouring = observations.some((item) => item.kind === 'emotion' || item.kind === 'self-judgement');
  if (current === 'focus' && state.task && !pouring) return state.value ? 'plan' : 'evoke';
  if (current === 'evoke') return 'plan';
  return current;
}

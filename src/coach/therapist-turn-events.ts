import type { SessionEvent } from '../session/events.ts';
import type { Observation } from '../spec/observation.ts';
import { splitSentences } from '../text/sentences.ts';
import { helperNamedTask, helperNamedTopics } from './helper-task.ts';
import { readTherapistTurn } from './read-therapist-turn.ts';
import { therapistAskedSafety } from './therapist-asked-safety.ts';

/**
 * The events another therapist's turn of a replayed transcript records: what was said, with the task
 * it named and any suggestion, then its step and its promises, which count as if the coach had made them.
 */
export function therapistTurnEvents(
  text: string,
  at: number,
  understand: (text: string) => Observation[],
): SessionEvent[] {
  const commitments = readTherapistTurn(text);
  const heard = understand(text);
  const named = helperNamedTask(heard);
  const topics = helperNamedTopics(heard);
  const added: SessionEvent[] = [
    {
      type: 'therapist-said',
      at,
      text,
      sentences: splitSentences(text),
      moves: [],
      source: 'external',
      ...(commitments.suggestion ? { suggestion: commitments.suggestion } : {}),
      ...(named ? { task: named } : {}),
      ...(topics.length > 0 ? { topics } : {}),
      ...(therapistAskedSafety(text) ? { askedSafety: true } : {}),
    },
  ];
  if (commitments.step) added.push({ type: 'step-proposed', at, step: commitments.step, by: 'external' });
  for (const promise of commitments.promises)
    added.push({
      type: 'promise-noted',
      at,
      text: promise.text,
      ...(promise.afterMs ? { afterMs: promise.afterMs } : {}),
    });
  return added;
}

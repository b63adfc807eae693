/**
 * A clause of theirs made whole enough to say back (issue 17): a line with its dropped "I" put back
 * ("been looking at jobs at bunnings" → "I've been looking at jobs at bunnings"), an answer without its
 * "because". Understanding reads both (understanding/statement-said-of-self.ts: a statement's `whole`,
 * the turn's `said-of-self` line); here they are only used. The span stays theirs.
 */
import type { SessionState } from '../session/state.ts';
import type { PersonClause } from '../spec/move.ts';
import type { StatementObservation } from '../spec/observation.ts';

/** The statement as it is to be said back: made whole where understanding made it so. */
export function saidOfSelf(item: StatementObservation): StatementObservation {
  return item.whole === undefined ? item : { ...item, text: item.whole };
}

/**
 * The turn's first line with its "I" put back, for a turn with no statement of its own to say back,
 * when it reads as a clean say-back. `sayable` is the say-back check the caller holds (reflections.ts).
 */
export function droppedSubjectClause(
  state: SessionState,
  sayable: (text: string) => boolean,
): PersonClause | undefined {
  const line = state.saidOfSelf;
  return line && sayable(line.text) ? { text: line.text, span: line.span } : undefined;
}

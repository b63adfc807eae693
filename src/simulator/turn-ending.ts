import type { ClientState } from './client-state.ts';
import type { Persona } from './persona-schema.ts';

/** Where a simulated client stands when it decides whether this turn is its last. */
export type EndingInput = { turn: number; state: ClientState; unheardStreak: number };

/**
 * Whether the client ends the session this turn: it drops out when frustrated past its persona's limit
 * or out of patience (not heard for `patience` turns running, feeling unheard and not trusting); it
 * leaves when tired or at its persona's last turn; otherwise it stays.
 */
export function endingOf(persona: Persona, input: EndingInput): 'dropout' | 'leave' | undefined {
  const { turn, state, unheardStreak } = input;
  const patient =
    unheardStreak < persona.leaving.patience || state.heard >= 1 || state.trust >= 5 || turn < 5;
  if (state.frustration >= persona.dropoutFrustration || !patient) return 'dropout';
  if (state.fatigue >= 9.5 || (persona.leaving.maxTurns !== undefined && turn >= persona.leaving.maxTurns))
    return 'leave';
  return undefined;
}

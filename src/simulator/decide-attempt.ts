import { type ClientState, successChance, tolerableSeconds } from './client-state.ts';
import type { AttemptOutcome } from './client-turn.ts';
import type { Persona } from './persona-schema.ts';
import type { Random } from './prng.ts';
import type { OfferedStep } from './therapist-reading.ts';

/** What the client does with an offered step, and how it changes them. */
export type AttemptDecision =
  | { kind: 'vague' }
  | { kind: 'too-big'; changes: Partial<ClientState> }
  | { kind: 'hesitated'; ms: number }
  | { kind: 'tried'; outcome: AttemptOutcome; ms: number; changes: Partial<ClientState> };

/**
 * Whether this person tries the step and how it goes: a vague step cannot be tried, one bigger
 * than they can bear today is refused, unasked advice may be pushed back, and willingness
 * comes from readiness, trust and feeling heard.
 */
export function decideAttempt(
  step: OfferedStep,
  persona: Persona,
  state: ClientState,
  unaskedAdvice: boolean,
  random: Random,
): AttemptDecision {
  if (!step.concrete) return { kind: 'vague' };
  if (step.sizeSeconds > tolerableSeconds(persona, state))
    return { kind: 'too-big', changes: { distress: 0.3 } };
  const hostile = persona.resistance === 'hostility' || persona.resistance === 'defensiveness';
  const pushedBack = unaskedAdvice && random.chance(persona.reactance * 0.6);
  const willing =
    0.2 +
    (state.readiness / 10) * 0.45 +
    (state.trust / 10) * 0.2 +
    (state.heard / 10) * 0.15 -
    (hostile ? 0.15 : 0) -
    (persona.goal === 'vent' ? 0.3 : 0);
  if (pushedBack || !random.chance(willing)) return { kind: 'hesitated', ms: 2000 + random.int(4000) };
  const chance = successChance(persona, state, step.sizeSeconds);
  const roll = random.next();
  const outcome: AttemptOutcome =
    roll < chance ? 'done' : roll < chance + (1 - chance) / 2 ? 'partial' : 'not-done';
  // a step done is what a step-seeker came for: it counts as being helped
  const changes: Partial<ClientState> =
    outcome === 'done'
      ? {
          distress: -0.7,
          willingness: 0.5,
          readiness: 0.5,
          trust: 0.3,
          frustration: -0.5,
          heard: persona.goal === 'step' ? 0.5 : 0.2,
        }
      : outcome === 'partial'
        ? { distress: -0.3, willingness: 0.2, readiness: 0.2 }
        : { distress: 0.5, willingness: -0.4, frustration: 0.3 };
  const share = outcome === 'done' ? 1 : outcome === 'partial' ? 0.7 : 0.5;
  const ms = step.sizeSeconds * 1000 * share * (0.8 + random.next() * 0.4);
  return { kind: 'tried', outcome, ms: Math.round(Math.min(15 * 60_000, Math.max(3000, ms))), changes };
}

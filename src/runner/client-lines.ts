import type { Persona } from '../simulator/persona-schema.ts';
import type { ClientFactory } from './client.ts';
import { type TherapistSpec, therapistFactory } from './resolve-therapist.ts';
import { runSession } from './run-session.ts';
import { sessionSeed } from './session-record.ts';

/** One played session's client side: what the client typed, turn by turn. */
export type ClientLines = { persona: string; sessionIndex: number; lines: string[] };

export type ClientLinesOptions = {
  personas: readonly Persona[];
  therapist: TherapistSpec;
  /** Sessions in all, spread over the personas in turn. */
  sessions: number;
  seed: number;
  maxTurns?: number;
  client?: ClientFactory;
};

/**
 * Plays `sessions` sessions in this thread (persona after persona, round robin) and keeps the
 * client's lines: the raw material of the calibration statistics and the realism excerpts.
 */
export async function playClientLines(options: ClientLinesOptions): Promise<ClientLines[]> {
  const factory = await therapistFactory(options.therapist);
  const played: ClientLines[] = [];
  for (let index = 0; index < options.sessions; index++) {
    const persona = options.personas[index % options.personas.length];
    const sessionIndex = Math.floor(index / options.personas.length);
    const result = await runSession({
      persona,
      therapist: factory,
      seed: sessionSeed(options.seed, persona, sessionIndex),
      maxTurns: options.maxTurns,
      client: options.client,
    });
    const lines = result.turns.filter((turn) => turn.role === 'client').map((turn) => turn.text);
    played.push({ persona: persona.id, sessionIndex, lines });
  }
  return played;
}

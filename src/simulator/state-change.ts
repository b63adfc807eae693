import { type ClientState, onScale } from './client-state.ts';
import type { Persona } from './persona-schema.ts';

/**
 * Adds the changes to the client's state in place, each kept on 0–10; a hostile client's frustration
 * rises half as fast again. In place, because the client never hands its state out (it gives copies).
 */
export function changeState(state: ClientState, changes: Partial<ClientState>, persona: Persona): void {
  const scale = persona.resistance === 'hostility' && (changes.frustration ?? 0) > 0 ? 1.5 : 1;
  for (const key of Object.keys(changes) as Array<keyof ClientState>) {
    const amount = (changes[key] ?? 0) * (key === 'frustration' ? scale : 1);
    state[key] = onScale(state[key] + amount);
  }
}

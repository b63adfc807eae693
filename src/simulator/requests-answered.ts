import type { RequestType } from '../spec/observation.ts';
import type { ClientState } from './client-state.ts';
import type { TherapistTurnReading } from './read-therapist-behaviour.ts';

/**
 * What a reply did with the client's open requests: each answered one eases frustration and earns a
 * little trust, each missed one (but "stop") stays open and costs both. The changes come in the
 * requests' order, to be added one by one (each is kept on 0–10 as it lands).
 */
export function requestsAnswered(
  outstanding: readonly RequestType[],
  reading: TherapistTurnReading,
): { stillOpen: RequestType[]; changes: Partial<ClientState>[] } {
  const stillOpen: RequestType[] = [];
  const changes: Partial<ClientState>[] = [];
  for (const type of outstanding) {
    const answered =
      reading.answers.includes(type) ||
      ((type === 'nudge' || type === 'cue') && (reading.promises.length > 0 || reading.cues.length > 0));
    if (answered) changes.push({ frustration: -0.4, trust: 0.3 });
    else if (type !== 'stop') {
      stillOpen.push(type);
      changes.push({ frustration: 0.8, trust: -0.4 });
    }
  }
  return { stillOpen, changes };
}

import type { RequestObservation } from '../spec/observation.ts';

/**
 * Two requests of the same kind and details in one turn get one answer. A cue for later with no words of its
 * own, timed like a nudge of the turn ("set me a timer for 10 and then hype me up"), comes with that nudge:
 * two promises of one time read as a glitch.
 */
export function dedupeRequests(requests: readonly RequestObservation[]): RequestObservation[] {
  const seen = new Set<string>();
  const nudgeTimes = new Set(
    requests.filter((request) => request.type === 'nudge').map((request) => request.afterMs),
  );
  return requests.filter((request) => {
    if (
      request.type === 'cue' &&
      request.when === 'later' &&
      !request.phrase &&
      request.afterMs !== undefined &&
      nudgeTimes.has(request.afterMs)
    )
      return false;
    const key = [request.type, request.when, request.afterMs, request.condition, request.phrase].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

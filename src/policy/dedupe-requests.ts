import type { RequestObservation } from '../spec/observation.ts';

/** Two requests of the same kind and details in one turn get one answer. */
export function dedupeRequests(requests: readonly RequestObservation[]): RequestObservation[] {
  const seen = new Set<string>();
  return requests.filter((request) => {
    const key = [request.type, request.when, request.afterMs, request.condition, request.phrase].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

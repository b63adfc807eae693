import type { RequestObservation } from '../spec/observation.ts';
import { findClockTimes } from './clock-times.ts';
import type { FoundDuration } from './durations.ts';

const TIMED_TYPES = new Set(['nudge', 'cue', 'pause']);

/** Gives a nudge (or a timed cue or pause) without a delay the clock time said with it ("ping me at 3pm"). */
export function withClockTimes(requests: RequestObservation[], folded: string): RequestObservation[] {
  if (!requests.some((request) => TIMED_TYPES.has(request.type) && request.afterMs === undefined))
    return requests;
  const [first] = findClockTimes(folded);
  if (!first) return requests;
  return requests.map((request) =>
    TIMED_TYPES.has(request.type) && request.afterMs === undefined
      ? {
          ...request,
          atClock: first.atClock,
          ...(request.type === 'nudge' ? { when: 'later' as const } : {}),
        }
      : request,
  );
}

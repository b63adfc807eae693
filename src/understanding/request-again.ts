/**
 * "Remind me in 10 and again at 4", "bug me in 10 and again in 20", "ping me in 20 and if im not replying
 * ping again in 5": two nudges in one turn. The request rules keep one ask per type (requests.ts
 * mergeByType), so the second time was lost and only one nudge was kept (v9, v14: round 9's note).
 * Here the time said after "again" becomes a second nudge of its own. A wait no longer than the first
 * is counted from the first nudge ("in 20 … again in 5" is 25 minutes from now); a longer one from now.
 * Pure: the requests already read, the folded text, its durations and clock times in.
 */
import type { RequestObservation } from '../spec/observation.ts';
import { type FoundClockTime, findClockTimes } from './clock-times.ts';
import type { FoundDuration } from './durations.ts';

const AGAIN = /\bagain\s+(?:(?:in|at|after|around|about|by)\s+)(?:like\s+|another\s+)?/g;
// at most one more: "again" said a third time is read no further
const MAX_AGAIN = 1;
const MAX_LOOKED = 4;

/** The requests with a second nudge for a time said after "again", when the first nudge has a time. */
export function withNudgeAgain(
  requests: RequestObservation[],
  folded: string,
  durations: readonly FoundDuration[],
  earlier = '',
): RequestObservation[] {
  const first = requests.find(
    (request) => request.type === 'nudge' && (request.afterMs !== undefined || request.atClock !== undefined),
  );
  if (!first || !folded.includes('again')) return requests;
  const added: RequestObservation[] = [];
  // clock times found once, and only a few "again"s looked at: a pasted page stays linear
  let clocks: FoundClockTime[] | undefined;
  const clocksOf = () => {
    clocks ??= findClockTimes(folded, earlier);
    return clocks;
  };
  let looked = 0;
  for (const match of folded.matchAll(AGAIN)) {
    if (added.length >= MAX_AGAIN || ++looked > MAX_LOOKED) break;
    const at = (match.index ?? 0) + match[0].length;
    // the first nudge's time is said before "again" ("remind me again in 10" is one nudge)
    if (match.index === undefined || !timeSaidBetween(first.span[0], match.index, durations, clocksOf()))
      continue;
    const second = timeAt(at, first, durations, clocksOf());
    if (!second) continue;
    added.push({
      kind: 'request',
      type: 'nudge',
      span: [match.index, second.end],
      when: 'later',
      ...second.time,
      ...(first.phrase ? { phrase: first.phrase } : {}),
    });
  }
  return added.length > 0 ? [...requests, ...added] : requests;
}

type AgainTime = { time: { afterMs: number } | { atClock: string }; end: number };

function timeAt(
  at: number,
  first: RequestObservation,
  durations: readonly FoundDuration[],
  clocks: readonly FoundClockTime[],
): AgainTime | undefined {
  const duration = durations.find((found) => found.span[0] === at);
  if (duration) {
    const counted =
      first.afterMs !== undefined && duration.ms <= first.afterMs ? first.afterMs + duration.ms : duration.ms;
    return { time: { afterMs: counted }, end: duration.span[1] };
  }
  const clock = clocks.find((found) => found.span[0] >= at - 3 && found.span[0] <= at);
  if (clock && clock.atClock !== first.atClock)
    return { time: { atClock: clock.atClock }, end: clock.span[1] };
  return undefined;
}

function timeSaidBetween(
  from: number,
  to: number,
  durations: readonly FoundDuration[],
  clocks: readonly FoundClockTime[],
): boolean {
  const inside = (span: readonly [number, number]) => span[0] >= from && span[1] <= to;
  return durations.some((found) => inside(found.span)) || clocks.some((found) => inside(found.span));
}

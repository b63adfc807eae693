import type { RequestObservation } from '../spec/observation.ts';
import { findClockTimes } from './clock-times.ts';
import type { FoundDuration } from './durations.ts';
import { withRequestTimes } from './request-times.ts';

const TIMED_TYPES = new Set(['nudge', 'cue', 'pause']);

// "let's stop at 4": an end said with a time keeps the time (a duration alone is not read as one)
// module-level, not a closure per call: under tsx (keepNames) each named closure costs a defineProperty
const untimed = (request: RequestObservation) =>
  TIMED_TYPES.has(request.type) && request.afterMs === undefined;

const stopAtClock = (request: RequestObservation) => request.type === 'stop' && request.atClock === undefined;

/**
 * Gives a nudge (or a timed cue or pause) that has no delay the time said elsewhere in the turn:
 * the one duration ("15 min. remind me", "give me half an hour and then nudge me") or else the
 * clock time ("ping me at 3pm" → atClock '15:00').
 */
export function withClockTimes(
  heard: RequestObservation[],
  folded: string,
  durations: readonly FoundDuration[] = [],
  earlier = '',
): RequestObservation[] {
  // a wait then a check, a repeat, a correction (request-times.ts) before the clock is looked at
  const requests = withRequestTimes(heard, folded, durations);
  if (!requests.some((request) => untimed(request) || stopAtClock(request))) return requests;
  const [only] = durations;
  // "sit with it for 30 seconds … nudge me if I start fiddling": a length of doing, and a nudge on a condition
  const aDelay =
    durations.length === 1 &&
    !/\b(?:for|the|that|those|a|of)\s+(?:about\s+|like\s+|another\s+|just\s+)?$/.test(
      folded.slice(0, only.span[0]),
    );
  if (aDelay && !requests.some((request) => request.afterMs !== undefined)) {
    return requests.map((request) =>
      untimed(request) && request.type !== 'cue' && request.condition === undefined
        ? { ...request, afterMs: only.ms, ...(request.type === 'nudge' ? { when: 'later' as const } : {}) }
        : request,
    );
  }
  const times = findClockTimes(folded, earlier);
  if (times.length === 0) return onDayOnly(requests, folded);
  return requests.map((request) => {
    if (!untimed(request) && !stopAtClock(request)) return request;
    // "id start at 2 but its already 2.10 so ping me at half 2": the time said after the ask is its own
    const own = times.find((time) => time.span[0] >= request.span[1]) ?? times[0];
    return {
      ...request,
      atClock: own.atClock,
      ...(saysTomorrow(folded, own.span) ? { day: 'tomorrow' as const } : {}),
      ...(request.type === 'nudge' ? { when: 'later' as const } : {}),
    };
  });
}

// "tomorrow at 9", "tomorrow morning at 8", "at 9am tomorrow": the day said right beside the time.
// Farther off it is about something else ("remind me at 9 to revise for tomorrow's exam").
const TOMORROW_BEFORE =
  /\btomorrow\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:(?:at|@|around|about|by)\s+)?$/;
const TOMORROW_AFTER =
  /^\s*(?:(?:am|pm|o'?clock|sharp|ish)\s+)?(?:(?:in\s+the\s+)?(?:morning|afternoon|evening)\s+)?tomorrow\b/;

function saysTomorrow(folded: string, span: readonly [number, number]): boolean {
  return TOMORROW_BEFORE.test(folded.slice(0, span[0])) || TOMORROW_AFTER.test(folded.slice(span[1]));
}

// "remind me tomorrow", "ping me tmrw pls": the day without a time, so the policy can ask for one or pick
// one; not "remind me to revise for tomorrow's exam" nor "before tomorrow"
const BARE_TOMORROW =
  /\b(?:remind|nudge|ping|poke|text|message|chase|check (?:in )?(?:on|with)) (?:me|us)(?: again)? (?:(?:about (?:it|this|that) )?(?:first thing |sometime |some time )?)?tomorrow\b(?!'s|s\b)|^\s*tomorrow,? (?:remind|nudge|ping|text|message|check (?:in )?(?:on|with)) (?:me|us)\b/;

function onDayOnly(requests: RequestObservation[], folded: string): RequestObservation[] {
  if (!BARE_TOMORROW.test(folded)) return requests;
  return requests.map((request) =>
    request.type === 'nudge' && request.afterMs === undefined && request.atClock === undefined
      ? { ...request, day: 'tomorrow' as const }
      : request,
  );
}

import type { RequestObservation } from '../spec/observation.ts';
import { tomorrowSaidJustBefore } from './clock-context.ts';
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
  const nextUntimed = (request: RequestObservation) =>
    request.type === 'next' && request.afterMs === undefined;
  if (!requests.some((request) => untimed(request) || stopAtClock(request) || nextUntimed(request)))
    return requests;
  const [only] = durations;
  // "15 min before the dentist, it's at 3": a lead before a time said in the turn, never a wait from now
  const lead = durations.length === 1 ? leadBeforeClock(requests, folded, only, earlier) : undefined;
  if (lead) return lead;
  // "sit with it for 30 seconds … nudge me if I start fiddling": a length of doing, and a nudge on a condition;
  // "it takes an hour, remind me at 3": a length of the task, not a wait
  const aDelay =
    durations.length === 1 &&
    !/\b(?:for|the|that|those|a|of|takes|took|lasts|lasted|spent|spend|spending|worked|did)\s+(?:about\s+|like\s+|another\s+|just\s+|over\s+|nearly\s+|almost\s+)?$/.test(
      folded.slice(0, only.span[0]),
    );
  if (aDelay && !requests.some((request) => request.afterMs !== undefined)) {
    const wait = waitSaid(folded, only);
    return requests.map((request) =>
      untimed(request) && (wait || (request.type !== 'cue' && request.condition === undefined))
        ? { ...request, afterMs: only.ms, ...(request.type !== 'pause' ? { when: 'later' as const } : {}) }
        : request.type === 'next' && wait === 'in' && request.afterMs === undefined
          ? { ...request, afterMs: only.ms, when: 'later' as const }
          : request,
    );
  }
  const quietFor = durations.length === 1 ? waitInCondition(folded, only) : false;
  if (quietFor)
    return requests.map((request) =>
      request.type === 'nudge' && request.afterMs === undefined
        ? { ...request, afterMs: only.ms, when: 'later' as const }
        : request,
    );
  const times = findClockTimes(folded, earlier);
  if (times.length === 0) return onDayOnly(requests, folded);
  return requests.map((request) => {
    if (!untimed(request) && !stopAtClock(request)) return request;
    // "id start at 2 but its already 2.10 so ping me at half 2": the time said after the ask is its own
    const own = times.find((time) => time.span[0] >= request.span[1]) ?? times[0];
    return {
      ...request,
      atClock: own.atClock,
      ...(own.halfGuessed ? { clockHalfGuessed: true as const } : {}),
      ...(saysTomorrow(folded, own.span) || tomorrowJustBefore(folded, earlier)
        ? { day: 'tomorrow' as const }
        : {}),
      ...(request.type === 'nudge' ? { when: 'later' as const } : {}),
    };
  });
}

const LEAD_BEFORE = /^\s*(?:before|ahead\s+of|b4)\b/;
const MINUTE_MS = 60_000;

/** Every untimed ask of the turn at the clock time said, less the lead ("15 min before … at 3" → 14:45). */
function leadBeforeClock(
  requests: RequestObservation[],
  folded: string,
  lead: FoundDuration,
  earlier: string,
): RequestObservation[] | undefined {
  if (!LEAD_BEFORE.test(folded.slice(lead.span[1])) || lead.ms > 3 * 60 * MINUTE_MS) return undefined;
  const time = findClockTimes(folded, earlier).find((found) => found.span[0] >= lead.span[1]);
  if (!time) {
    // no time for the event: not a wait from now either (the event is read as the ask's condition)
    return requests.map((request) =>
      untimed(request) ? request : request.afterMs === lead.ms ? withoutWait(request) : request,
    );
  }
  const [hour, minute] = time.atClock.split(':').map(Number);
  const total = (hour * 60 + minute - Math.round(lead.ms / MINUTE_MS) + 24 * 60) % (24 * 60);
  const atClock = `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  return requests.map((request) =>
    untimed(request) || request.afterMs === lead.ms
      ? {
          ...withoutWait(request),
          atClock,
          ...(time.halfGuessed ? { clockHalfGuessed: true as const } : {}),
          ...(request.type === 'nudge' ? { when: 'later' as const } : {}),
        }
      : request,
  );
}

function withoutWait(request: RequestObservation): RequestObservation {
  const { afterMs: _afterMs, ...rest } = request;
  return rest;
}

// a time said as a wait before something happens: "in 20 mins send me …", "say 'go' in 30 seconds", "hour from
// now, ping" — read wherever it sits in the turn, for any ask that can wait (a cue and a conditioned nudge too)
const WAIT_BEFORE =
  /\b(?:in|within|after)\s+(?:about\s+|around\s+|like\s+|maybe\s+|roughly\s+|say\s+|just\s+|another\s+)?$/;
const FROM_NOW = /^\s+(?:from\s+now|(?:'s|s)?\s*time)\b/;

function waitSaid(folded: string, duration: FoundDuration): 'in' | 'from-now' | undefined {
  if (WAIT_BEFORE.test(folded.slice(Math.max(0, duration.span[0] - 24), duration.span[0]))) return 'in';
  if (FROM_NOW.test(folded.slice(duration.span[1], duration.span[1] + 12))) return 'from-now';
  return undefined;
}

// "if i go quiet for 20 mins poke me", "if i dont get back to you in like half an hour can you check in": the
// time inside a fronted condition of silence is how long to wait before the nudge (v1: delay and trigger both)
const CONDITION_OPEN = /\b(?:if|when|once)\s+(?:i|im|i'm|i've|ive)\b[^,.;!?]*$/;
const GONE_QUIET =
  /\b(?:quiet|silent|reply|replied|replying|answer|answered|respond|responded|message|messaged|text|texted|back|heard|said|talk|say)\b/;

function waitInCondition(folded: string, duration: FoundDuration): boolean {
  const before = folded.slice(Math.max(0, duration.span[0] - 60), duration.span[0]);
  const opened = CONDITION_OPEN.exec(before);
  return opened !== null && GONE_QUIET.test(opened[0]);
}

// "tomorrow at 9", "tomorrow morning at 8", "at 9am tomorrow": the day said right beside the time.
// Farther off it is about something else ("remind me at 9 to revise for tomorrow's exam").
const TOMORROW_BEFORE =
  /\btomorrow\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:(?:at|@|around|about|by)\s+)?$/;
const TOMORROW_AFTER =
  /^\s*(?:(?:am|pm|o'?clock|sharp|ish)\s+)?(?:(?:in\s+the\s+)?(?:morning|afternoon|evening)\s+)?tomorrow\b/;

// "tomorrow morning" in the turn just before, and this turn names no day of its own
const DAY_OF_ITS_OWN = /\b(?:today|tonight|tonite|this\s+(?:morning|afternoon|evening)|now|later)\b/;
function tomorrowJustBefore(folded: string, earlier: string): boolean {
  return !DAY_OF_ITS_OWN.test(folded) && tomorrowSaidJustBefore(earlier);
}

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

/**
 * Times on a request as people say them around it (round 7, kinds shared by several writers of the
 * blind sets):
 * - a wait and then a check: "gimme 10 then check on me", "give me 25 min then poke me", "90 secs then
 *   tell me to start" — one nudge after that time, not a pause (v1, v2, v5–v7: eleven items, all nudges;
 *   "then nag me", "then yell at me", "then shout at me": v14, v15; "then hassle me": v17);
 * - a repeat: "say keep going every 10 min", "send me 'back to work' every 25 minutes" — the interval is
 *   the delay (v3–v5, v8);
 * - a correction: "remind me in 10 mins. actually make it 15", "in an hour, no wait make it 30 mins" —
 *   the last time said wins (v4, v8);
 * - a time added at the end, after the ask: "ping me when i'm off the bus? like 20 min", "nudge me when
 *   ive had my tea, say 10 minutes" — the nudge's delay (v6, v7).
 * Pure: the requests already read, the folded text and its durations in; the mended requests out.
 */
import type { RequestObservation } from '../spec/observation.ts';
import type { FoundDuration } from './durations.ts';
import { withTimeLeft } from './request-time-left.ts';

// right after the time: "then check on me", ", then poke me", ". then tell me to start"
const THEN_CHECK =
  /^\s*[,.]?\s*(?:and\s+)?then\s+(?:(?:can|could|will|would)\s+(?:you|u)\s+)?(?:\w+\s+){0,1}?(?:check|poke|ping|nudge|remind|tell|text|message|hit|chase|ask|say|bug|buzz|make|countdown|count|nag|yell|shout|holler|prod|kick|hassle|pester|badger)\b/;
const EVERY_BEFORE = /\b(?:every|evry|each)\s+(?:like\s+)?$/;
const CORRECTION_BEFORE = /\b(?:make\s+(?:it|that)|change\s+(?:it|that)\s+to|no\s+wait,?)\s+(?:like\s+)?$/;

const TIMED = new Set(['nudge', 'cue']);
// the time said last, as a tag of its own: "? like 20 min", ", say 10 minutes", ". maybe 15 mins"
const TAG_BEFORE = /(?:[,?.;]\s*|\s-\s*)(?:like\s+|say\s+|maybe\s+|about\s+|around\s+|roughly\s+)?$/;
const TURN_END = /^[\s.!?)]*$/;

/** A nudge with no time, and a time said alone after it at the end of the turn: that time is its delay. */
function withTrailingTime(
  requests: RequestObservation[],
  folded: string,
  durations: readonly FoundDuration[],
): RequestObservation[] {
  const last = durations[durations.length - 1];
  if (!last || !TURN_END.test(folded.slice(last.span[1]))) return requests;
  if (!TAG_BEFORE.test(folded.slice(Math.max(0, last.span[0] - 12), last.span[0]))) return requests;
  return requests.map((request) =>
    request.type === 'nudge' && request.afterMs === undefined && request.span[1] <= last.span[0]
      ? { ...request, afterMs: last.ms, when: 'later' }
      : request,
  );
}

// "gimme 20 min to get the fire going then remind me": what the wait is for, said between the time and the check
// (the lead's fresh r19 class; the seen sets label every such ask one nudge after the wait)
const WAIT_FOR = /^\s+(?:to|for)\s+(?:[\w']+\s+){1,6}?(?=[,.]?\s*(?:and\s+)?then\s)/;

/** Where the words after a wait go on to "then …": right after it, or after what the wait is for. */
function thenAt(folded: string, duration: FoundDuration): number {
  const forWhat = WAIT_FOR.exec(folded.slice(duration.span[1]));
  return duration.span[1] + (forWhat ? forWhat[0].length : 0);
}

export function withRequestTimes(
  requests: RequestObservation[],
  folded: string,
  durations: readonly FoundDuration[],
): RequestObservation[] {
  if (durations.length === 0 || requests.length === 0) return requests;
  requests = withTimeLeft(withTrailingTime(requests, folded, durations), folded, durations);
  const waitThenCheck = durations.find((duration) => THEN_CHECK.test(folded.slice(thenAt(folded, duration))));
  if (waitThenCheck && requests.some((request) => request.type !== 'nudge' && request.type !== 'stop')) {
    const others = requests.filter((request) => request.type !== 'pause' && request.type !== 'cue');
    const existing = others.find((request) => request.type === 'nudge');
    const replaced = requests.find((request) => request.type === 'pause' || request.type === 'cue');
    // "give me 15 then remind me": the nudge heard without a time takes the wait, and the pause goes (v2, v13)
    if (
      replaced?.type === 'pause' &&
      existing &&
      existing.afterMs === undefined &&
      existing.atClock === undefined &&
      existing.span[0] >= waitThenCheck.span[1] &&
      existing.span[0] - thenAt(folded, waitThenCheck) <= 24
    )
      return others.map((request) =>
        request === existing ? { ...request, afterMs: waitThenCheck.ms, when: 'later' } : request,
      );
    if (replaced && !existing) {
      const nudge: RequestObservation = {
        kind: 'request',
        type: 'nudge',
        span: replaced.span,
        afterMs: waitThenCheck.ms,
        when: 'later',
      };
      return [...others, nudge];
    }
  }
  const every = durations.find(
    (duration) =>
      EVERY_BEFORE.test(folded.slice(0, duration.span[0])) || folded.startsWith('every', duration.span[0]),
  );
  const correction = [...durations]
    .reverse()
    .find((duration) =>
      CORRECTION_BEFORE.test(folded.slice(Math.max(0, duration.span[0] - 24), duration.span[0])),
    );
  if (!every && !correction) return requests;
  return requests.map((request) => {
    if (!TIMED.has(request.type)) return request;
    if (correction && request.afterMs !== undefined && request.afterMs !== correction.ms)
      return { ...request, afterMs: correction.ms };
    // "every 15 mins": one nudge is kept, and the reply says so (spec/observation.ts `repeat`)
    if (every) return { ...request, afterMs: request.afterMs ?? every.ms, repeat: true };
    return request;
  });
}

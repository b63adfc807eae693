/**
 * Times on a request as people say them around it (round 7, kinds shared by several writers of the
 * blind sets):
 * - a wait and then a check: "gimme 10 then check on me", "give me 25 min then poke me", "90 secs then
 *   tell me to start" — one nudge after that time, not a pause (v1, v2, v5–v7: eleven items, all nudges);
 * - a repeat: "say keep going every 10 min", "send me 'back to work' every 25 minutes" — the interval is
 *   the delay (v3–v5, v8);
 * - a correction: "remind me in 10 mins. actually make it 15", "in an hour, no wait make it 30 mins" —
 *   the last time said wins (v4, v8).
 * Pure: the requests already read, the folded text and its durations in; the mended requests out.
 */
import type { RequestObservation } from '../spec/observation.ts';
import type { FoundDuration } from './durations.ts';

// right after the time: "then check on me", ", then poke me", ". then tell me to start"
const THEN_CHECK =
  /^\s*[,.]?\s*(?:and\s+)?then\s+(?:(?:can|could|will|would)\s+(?:you|u)\s+)?(?:\w+\s+){0,1}?(?:check|poke|ping|nudge|remind|tell|text|message|hit|chase|ask|say)\b/;
const EVERY_BEFORE = /\b(?:every|evry|each)\s+(?:like\s+)?$/;
const CORRECTION_BEFORE = /\b(?:make\s+(?:it|that)|change\s+(?:it|that)\s+to|no\s+wait,?)\s+(?:like\s+)?$/;

const TIMED = new Set(['nudge', 'cue']);

export function withRequestTimes(
  requests: RequestObservation[],
  folded: string,
  durations: readonly FoundDuration[],
): RequestObservation[] {
  if (durations.length === 0 || requests.length === 0) return requests;
  const waitThenCheck = durations.find((duration) => THEN_CHECK.test(folded.slice(duration.span[1])));
  if (waitThenCheck && requests.some((request) => request.type !== 'nudge' && request.type !== 'stop')) {
    const others = requests.filter((request) => request.type !== 'pause' && request.type !== 'cue');
    const existing = others.find((request) => request.type === 'nudge');
    const replaced = requests.find((request) => request.type === 'pause' || request.type === 'cue');
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
  const every = durations.find((duration) => EVERY_BEFORE.test(folded.slice(0, duration.span[0])));
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
    if (every && request.afterMs === undefined) return { ...request, afterMs: every.ms };
    return request;
  });
}

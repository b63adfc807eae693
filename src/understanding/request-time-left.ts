/**
 * A nudge for when something running ends, and the time it has left told beside it: "i've got about 40
 * min, remind me when its up", "nudge me when the washing machine finishes, it says 38 min left", "i'll
 * do 10 minutes of tidying, then you ping me" — that time is the nudge's delay (v17, v18: three writers).
 * Only with one time in the turn, told as what is left or planned, never as what has been ("the meeting
 * lasted 40 min"). Pure: the requests already read, the folded text and its durations in.
 */
import type { RequestObservation } from '../spec/observation.ts';
import type { FoundDuration } from './durations.ts';

// the time told as what is left or planned: "got about 40 min", "it says 38 min left", "do 10 minutes of"
const LEFT_BEFORE =
  /\b(?:got|have|has|'ve|says?|do|doing|give it|another)\s+(?:about\s+|like\s+|around\s+|roughly\s+|maybe\s+)?$/;
const LEFT_AFTER = /^\s*(?:left|to go|remaining|more|of\s+\w+ing)\b/;
// what the nudge waits for: the thing running ends ("when its up", "when the wash finishes"), or it follows
const WHEN_IT_ENDS =
  /^[^.?!]{0,12}?\b(?:when|once|after)\s+(?:it|its|it's|that's|thats|that|the\s+\w+(?:\s+\w+)?)\s+(?:is\s+|has\s+)?(?:up|done|finishe[sd]|finish|ends?|ended|over|ready|beeps?|goes\s+off|stops?)\b/;
const THEN_BETWEEN = /\bthen\b/;

export function withTimeLeft(
  requests: RequestObservation[],
  folded: string,
  durations: readonly FoundDuration[],
): RequestObservation[] {
  if (durations.length !== 1) return requests;
  const told = durations[0];
  const [start, end] = told.span;
  if (
    !LEFT_BEFORE.test(folded.slice(Math.max(0, start - 24), start)) &&
    !LEFT_AFTER.test(folded.slice(end, end + 16))
  )
    return requests;
  return requests.map((request) => {
    if (request.type !== 'nudge' || request.afterMs !== undefined || request.atClock !== undefined)
      return request;
    const waitsForTheEnd = WHEN_IT_ENDS.test(folded.slice(request.span[1], request.span[1] + 60));
    const follows = request.span[0] >= end && THEN_BETWEEN.test(folded.slice(end, request.span[0]));
    return waitsForTheEnd || follows ? { ...request, afterMs: told.ms, when: 'later' } : request;
  });
}

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
// "set a timer thing for 20 mins and check on me": the timer's length is the wait (v10)
const TIMER_FOR =
  /\b(?:timer|alarm|stopwatch|pomodoro)\b[^,.;!?]{0,12}\bfor\s+(?:about\s+|like\s+|around\s+)?$/;
// a length of doing, told with what is done: "clean the kitchen for 20 mins", "a 25 min pomodoro" — the nudge's
// delay only when the nudge waits for that doing to end ("when its done", "when its up"; v3, v10)
const DOING_FOR = /\bfor\s+(?:about\s+|like\s+|around\s+|maybe\s+|a\s+good\s+)?$/;
const DONE_ALREADY = /\b(?:sat|was|were|did|spent|worked|tried|been|had|went|already|used\s+to)\b[^,.;!?]*$/;
const DOING_AFTER =
  /^\s*(?:-?long\s+)?(?:pomodoro|timer|session|sprint|block|stint|burst|run|walk|go|clean|tidy|blitz|focus)\b/;

export function withTimeLeft(
  requests: RequestObservation[],
  folded: string,
  durations: readonly FoundDuration[],
): RequestObservation[] {
  if (durations.length !== 1) return requests;
  const told = durations[0];
  const [start, end] = told.span;
  const timer = TIMER_FOR.test(folded.slice(Math.max(0, start - 40), start));
  const left =
    LEFT_BEFORE.test(folded.slice(Math.max(0, start - 24), start)) ||
    LEFT_AFTER.test(folded.slice(end, end + 16)) ||
    timer;
  const doing =
    (DOING_FOR.test(folded.slice(Math.max(0, start - 24), start)) ||
      DOING_AFTER.test(folded.slice(end, end + 16))) &&
    !DONE_ALREADY.test(folded.slice(Math.max(0, start - 60), start));
  if (!left && !doing) return requests;
  return requests.map((request) => {
    if (request.type !== 'nudge' || request.afterMs !== undefined || request.atClock !== undefined)
      return request;
    const waitsForTheEnd =
      (left || request.span[0] >= end) &&
      WHEN_IT_ENDS.test(folded.slice(request.span[1], request.span[1] + 60));
    const between = folded.slice(end, request.span[0]);
    const follows =
      left &&
      request.span[0] >= end &&
      (THEN_BETWEEN.test(between) || (timer && /^\s*(?:,\s*)?and\s+(?:then\s+)?$/.test(between)));
    return waitsForTheEnd || follows ? { ...request, afterMs: told.ms, when: 'later' } : request;
  });
}

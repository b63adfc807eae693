/**
 * A stop that says the talk goes on later is a pause: "lets stop for now and carry on tomorrow", "can we
 * stop here and pick up later", "gotta go, forklift beeping. back in 20", "can we stop for a sec" (v4, v5,
 * v8–v13 label these a pause, not an end). Pure: the merged readings and the folded turn in.
 */
import type { RequestObservation } from '../spec/observation.ts';
import type { Segment } from './clauses.ts';
import type { FoundDuration } from './durations.ts';
import type { ExplainedObservation } from './reader.ts';

const GOES_ON_LATER =
  /\b(?:carry\s+on|continue|pick\s+(?:it\s+|this\s+|that\s+)?(?:back\s+)?up|come\s+back|resume|be\s+(?:right\s+)?back|back\s+in\s+(?:\d+|an?\b|a\s+few|five|ten|fifteen|twenty|thirty)|back\s+(?:tonight|later|after(?:wards)?|soon))\b|\bstop\s+for\s+a\s+(?:sec|second|min|minute|moment|bit|while)\b/;
// "i want to stop and never come back" is no pause, nor "end it here, i'll come back another day" (v13)
const NOT_BACK =
  /\b(?:never|not|don't|dont|won't|wont)\s+(?:\w+\s+)?(?:come\s+back|continue|carry\s+on|be\s+back)\b|\b(?:another|some\s+other)\s+(?:day|time)\b/;

const ASKED_TO_GO_ON = /\b(?:remind|text|ping|message|nudge|tell)\s+me\b[^.;!?]*$/;

export function withPauseForStop(explained: ExplainedObservation[], folded: string): ExplainedObservation[] {
  const stop = explained.find(
    (item) => item.observation.kind === 'request' && item.observation.type === 'stop',
  );
  if (!stop || NOT_BACK.test(folded)) return explained;
  const later = GOES_ON_LATER.exec(folded);
  // "we stop now, and remind me tomorrow to continue": the going on is the reminder's, the stop stands (fresh r19)
  if (!later || ASKED_TO_GO_ON.test(folded.slice(Math.max(0, later.index - 60), later.index)))
    return explained;
  const paused = explained.some(
    (item) => item.observation.kind === 'request' && item.observation.type === 'pause',
  );
  if (paused) return explained.filter((item) => item !== stop);
  return explained.map((item) =>
    item === stop && item.observation.kind === 'request'
      ? { ...item, observation: { ...item.observation, type: 'pause' } }
      : item,
  );
}

/**
 * A stop said with a time in its clause: "stop for a sec", "can we stop, 10 mins" is a pause that long;
 * "lets stop in 5 mins" (v3) still ends the talk, then.
 */
export function timeTheStop(
  request: RequestObservation,
  clause: Segment,
  folded: string,
  durations: FoundDuration[],
): void {
  const duration = durations.find(
    ({ span: [start, end] }) =>
      start >= clause.start && end <= clause.end && !/^\s*instead\b/.test(folded.slice(end, end + 10)),
  );
  if (!duration) return;
  request.afterMs = duration.ms;
  if (!/\bin\s+$/.test(folded.slice(Math.max(0, duration.span[0] - 4), duration.span[0])))
    request.type = 'pause';
}

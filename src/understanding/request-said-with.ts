/**
 * Words asked beside a nudge are what the nudge says, not a cue of their own: "ping me in half an hour and
 * say 'laptop open'", "remind me in 20 and tell me 'kettle off'" (v7, v9, v13, fresh r18; an untimed "nudge
 * me … and say" stays both, v1), and "msg me at midnight and tell me to log off".
 * Pure: the requests read (text order), the folded and original text (same offsets) in; the mended list out.
 */
import type { RequestObservation } from '../spec/observation.ts';

export function withWordsSaidToNudge(
  found: RequestObservation[],
  folded: string,
  original: string,
): RequestObservation[] {
  const timed = found.find((request) => request.type === 'nudge' && request.afterMs !== undefined);
  const saidWith = timed
    ? found.find(
        (request) =>
          request.type === 'cue' &&
          request.phrase !== undefined &&
          request.span[0] >= timed.span[1] &&
          /^\s*(?:say|tell\s+me|send)\b/.test(folded.slice(request.span[0], request.span[1])) &&
          /(?:\band|,)\s*(?:then\s+)?$/.test(folded.slice(timed.span[1], request.span[0])) &&
          !/[.!?]/.test(folded.slice(timed.span[1], request.span[0])),
      )
    : undefined;
  if (timed && saidWith) timed.phrase ??= saidWith.phrase;
  const rest = saidWith ? found.filter((request) => request !== saidWith) : found;
  // "msg me at midnight and tell me to log off": the "tell me to" is what the nudge says, not a cue now
  const nudge = rest.find((request) => request.type === 'nudge');
  const toldTo = rest.find(
    (request) =>
      request.type === 'cue' && /^tell\s+me\s+to\b/.test(folded.slice(request.span[0], request.span[1])),
  );
  if (!nudge || !toldTo) return rest;
  // what they asked to be told is what the nudge says: "log off"
  const said = /^[^.!?,;]{1,40}/.exec(original.slice(toldTo.span[1]))?.[0].trim();
  if (said && !nudge.phrase) nudge.phrase = said;
  return rest.filter((request) => request !== toldTo);
}

/**
 * "stop with the questions", "stop asking me things": a stop that asks the manner to stop, not the
 * session (the person wants to be heard, not to leave). Read on the words from the ask on, as the
 * policy used to read them (moved from policy/close.ts), so the policy decides from the request.
 */
import type { RequestObservation } from '../spec/observation.ts';

const STOPS_A_MANNER =
  /^\W*stop\s+(?:with\s+(?:all\s+)?(?:the|these|your|so many)\s+questions|asking(?:\s+me)?(?:\s+(?:questions|so many questions|things|stuff))?|interviewing|the\s+questions|questioning)\b/i;

/** The stop request with `manner: true` when what follows "stop" is the way we talk (else unchanged). */
export function withStopManner(request: RequestObservation, text: string): RequestObservation {
  if (request.type !== 'stop') return request;
  const from = text.slice(request.span[0]).replace(/^.*?\bstop\b/i, 'stop');
  return STOPS_A_MANNER.test(from) ? { ...request, manner: true } : request;
}

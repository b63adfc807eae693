/**
 * "stop with the questions", "stop asking me things": a stop that asks the manner to stop, not the
 * session (the person wants to be heard, not to leave). Read on the words from the ask on, as the
 * policy used to read them (moved from policy/close.ts), so the policy decides from the request.
 */
import type { RequestObservation } from '../spec/observation.ts';

const STOPS_A_MANNER =
  /^\W*stop\s+(?:with\s+(?:all\s+)?(?:the|these|your|so many)\s+questions|asking(?:\s+me)?(?:\s+(?:questions|so many questions|things|stuff))?|interviewing|the\s+questions|questioning)\b/i;

// "can we stop talking abt this", "stop going on about him": a subject left, not the chat (the lead's fresh r19
// class: the request model read it as the end, and the goodbye was said); the rule reader already leaves it
const STOPS_A_SUBJECT =
  /^\W*stop\s+(?:talking|going\s+on|chatting)\s+(?:about|abt|bout|of)\s+(?:this|that|it|him|her|them|my|the|his|their|work|school|[a-z]+'?s\b)/i;

/** The stop request with `manner: true` when what follows "stop" is the way we talk (else unchanged). */
export function withStopManner(request: RequestObservation, text: string): RequestObservation {
  if (request.type !== 'stop') return request;
  const from = text.slice(request.span[0]).replace(/^.*?\bstop\b/i, 'stop');
  return STOPS_A_MANNER.test(from) || STOPS_A_SUBJECT.test(from) ? { ...request, manner: true } : request;
}

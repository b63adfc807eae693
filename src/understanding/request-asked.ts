/**
 * What an ask is about, read on the ask's own words as written (moved from the policy, which sliced
 * the turn at the request's span): the topic a "why" or a "just tell me what to do" is about, and
 * whether a concrete ask wants the words themselves ("what do i actually say when they pick up").
 */
import type { RequestObservation } from '../spec/observation.ts';
import { rationaleTopicOf } from '../text/rationale-topic.ts';
import { THEIR_WORDS } from './request-their-words.ts';

const ASKS_FOR_WORDS =
  /\bwhat (?:to|do i|should i|would i|could i|i should|i'?d|id) (?:actually |even |just |really )?(?:say|tell (?:them|him|her)|write|type|text|put)\b|\bwhat do i even say\b/i;
const WRITES = /\b(?:write|type|text|put)\b/i;
// "can you just write it for me. i'll copy it", "draft the text for me": the words themselves, written
// (the generic write-down-your-thoughts exercise answered it on fresh v23, rated 1–2)
const ASKS_FOR_DRAFT =
  /\b(?:write|draft|type|word)\s+(?:it|this|that|one|something|(?:the|a|my)\s+(?:\w+\s+)?(?:message|text|email|reply|letter|note|answer|draft))\s+(?:out\s+|up\s+)?for\s+me\b|\b(?:write|draft)\s+me\s+(?:a|the|one)\s+(?:\w+\s+)?(?:message|text|email|reply|letter|note|draft)\b/i;

// "write the first line for me", "write me the opening sentence", "give me a text i can send", "what should
// the first line be": a piece of the words, or words to send, asked for (fresh v28 got a step instead)
const ASKS_FOR_PIECE =
  /\b(?:write|draft|type|give|gimme)\s+(?:me\s+)?(?:the|a|an|my|one)\s+(?:first|opening|1st|starting|intro|next)\s+(?:line|lines|sentence|sentences|bit|paragraph|couple\s+of\s+lines)\b|\b(?:give|gimme|send|write)\s+(?:me\s+)?(?:a|the|one|some)\s+(?:\w+\s+)?(?:text|message|msg|email|reply|line|wording)\s+(?:that\s+)?(?:i|to)\s+(?:can\s+|could\s+)?(?:send|use|copy|paste|text)\b|\bwhat\s+(?:should|would|do|could)\s+(?:the|my)\s+(?:first|opening)\s+(?:line|sentence)\s+(?:be|say)\b/i;

/** The ask's words on the turn, or nothing when the span does not fit it. */
function askedWords(text: string, [start, end]: readonly [number, number]): string {
  return start >= 0 && end <= text.length && start < end ? text.slice(start, end) : '';
}

/** A concrete or explain request with `about` (and `wordsWanted` when the words are asked for); others unchanged. */
export function withAskedAbout(request: RequestObservation, text: string): RequestObservation {
  if (request.type !== 'concrete' && request.type !== 'explain') return request;
  const asked = askedWords(text, request.span);
  const about = rationaleTopicOf(asked);
  if (request.type === 'concrete' && THEIR_WORDS.test(asked))
    return { ...request, about, wordsWanted: 'theirs' };
  const tail = text.slice(request.span[0], request.span[1] + 24);
  if (request.type === 'concrete' && (ASKS_FOR_DRAFT.test(asked) || ASKS_FOR_PIECE.test(tail)))
    return { ...request, about, wordsWanted: 'written' };
  if (request.type !== 'concrete' || !ASKS_FOR_WORDS.test(asked)) return { ...request, about };
  return { ...request, about, wordsWanted: WRITES.test(asked) ? 'written' : 'said' };
}

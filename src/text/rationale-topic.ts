import type { RationaleTopic } from '../spec/move.ts';

/**
 * What a step or an ask is about, as a rationale topic: an urge, noticing, a nudge, a small step,
 * or in general. Read by understanding on the person's ask (request-asked.ts) and by the policy on
 * its own step's words (rationale.ts), one list for both.
 */
export function rationaleTopicOf(text: string): RationaleTopic {
  if (/urge|twitch|fidget|fiddl|edit|tinker/i.test(text)) return 'urge';
  if (/notic|nam(?:e|ing)|watch|sensation|feel/i.test(text)) return 'noticing';
  if (/nudg|remind/i.test(text)) return 'nudge';
  if (/small|tiny|step|click|look/i.test(text)) return 'small';
  return 'general';
}

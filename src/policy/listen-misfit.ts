/**
 * An idea was just offered (by us, or the other supporter in a replayed chat) and they answer with
 * why it doesn't fit, with no yes and no question: "Are you taking your breaks?" → "breaks lol. we
 * are 3 nurses short"; "Do you have friends you could see?" → "Our friends were her friends, mostly."
 * Their reason is said back as the reason the idea falls away ("So you're 3 nurses short, which rules
 * that one out."): a complex reflection, where a plain say-back read to the v16 rater as "flat echo".
 */
import type { SessionState } from '../session/state.ts';
import type { Move } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';

// what a yes, a question back or a feeling named means the turn is not a reason against the idea
const NOT_A_REASON = new Set<Observation['kind']>(['assent', 'their-question', 'emotion', 'self-judgement']);

const NEGATED =
  /\b(?:not|never|no|nothing|nobody|cannot)\b|\w'?n't\b|\b(?:dont|cant|wont|isnt|doesnt|didnt|wasnt|havent)\b/i;
// "i cant help it", "i dont know": no reason against anything
const NO_REASON = /\b(?:help it|know|care|mind)\b/i;

export function againstTheIdea(
  state: SessionState,
  observations: readonly Observation[],
  reflections: Move[],
): Move[] {
  if (!state.lastSuggestion || observations.some((item) => NOT_A_REASON.has(item.kind))) return reflections;
  const [first, ...rest] = reflections;
  // a plain say-back of their own clause only (not an earlier turn's, not a doubt or a verdict)
  if (
    first?.type !== 'reflect-clause' ||
    first.other ||
    (first.depth !== 'simple' && first.depth !== 'meaning')
  )
    return reflections;
  // a reason against says what they can't, don't or won't ("i cant lie on the phone", "I was never one
  // for groups"); a plain fact after an idea ("he was sound with me", "my receipts are in a bag")
  // read on the seen sets as often for the idea as against it (9 of 17 such were wrong)
  const text = first.clause.text;
  if (!NEGATED.test(text) || NO_REASON.test(text) || /,/.test(text)) return reflections;
  return [{ ...first, depth: 'misfit' }, ...rest];
}

/**
 * Taking up what the conversation so far carries (issue 17, round 7): a suggestion the person just
 * turned down is dropped, not defended; and the fear they said earlier ("what if I've been doing it
 * wrong for 3 years") is named back and asked about, in place of a stock probe. Raters scored the
 * stock probes 1.6 of 5 over rounds 1–6 and rewarded (4.9) replies that concede, link to the
 * earlier fear in the person's words, and ask one specific question.
 */
import type { SessionState } from '../session/state.ts';
import type { Move, MoveOf } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import { checkReply } from '../text/language-check.ts';
import { toSecondPerson } from '../text/person.ts';
import { isReflectable } from '../text/reflectable.ts';
import { soundsStandard } from '../text/standard-grammar.ts';
import { smallerOffer } from './smaller-offer.ts';
import { reasonGiven, turnedDownOf } from './turned-down.ts';

// a fear longer than this said back is a run-on, not a point
const MOST_WORRY_WORDS = 14;

/** The latest fear they said in this chat that has not been named back yet, when it can be said back. */
export function worryToName(state: SessionState): string | undefined {
  for (const worry of [...state.worries].reverse()) {
    if (state.worriesNamed.includes(worry)) continue;
    const words = worry.split(/\s+/).filter(Boolean).length;
    if (words < 2 || words > MOST_WORRY_WORDS) continue;
    // said back as "the thought that <it>": it must read as a clause of its own, with someone in it
    // doing something ("the price here" is a thing feared, not a clause)
    const person =
      /^(?:if|i|i'm|i've|i'll|they|they'll|they're|she|he|it|it'll|people|everyone|someone|nobody|we)\b/i.test(
        worry,
      );
    // "what the answer might be": a thing feared, said as a question word and its clause
    const thing = /^(?:my|the|his|her|their|our|what|how|whether)\b/i.test(worry);
    if (!person && !thing) continue;
    if (
      thing &&
      !/\b(?:will|won't|'ll|can't|could|would|might|is|are|was|were|has|have|had|does|doesn't|did|didn't|\w+ed)\b/i.test(
        worry,
      )
    )
      continue;
    // "I push they won't hire me again": a condition cut from its "if" reads as garble
    if (/^(?:i|you|we)\s+\w+\s+(?:he|she|they|it|we|i)\b/i.test(worry)) continue;
    // "if I fail, I'll be the next joke" is whole as it is; any other clause must read as one said back
    const conditional = /^if\b/i.test(worry);
    if (
      conditional
        ? !soundsStandard(worry) || checkReply(toSecondPerson(worry)).length > 0
        : !isReflectable(worry)
    )
      continue;
    return worry;
  }
  return undefined;
}

/** The fear named back and asked about, when there is one to name. */
export function worryQuestion(state: SessionState): MoveOf<'open-question'> | undefined {
  const worry = worryToName(state);
  return worry ? { type: 'open-question', about: 'worry', worry } : undefined;
}

/**
 * They turned down the suggestion the last turn made ("cant afford one lol", "why would that
 * help"): it is dropped plainly, then the fear said earlier is taken up, or the real sticking point
 * asked after. Undefined when the last turn suggested nothing, or they did not turn it down.
 */
export function dropSuggestionMoves(
  state: SessionState,
  observations: readonly Observation[],
): Move[] | undefined {
  const suggestion = state.lastSuggestion;
  if (!suggestion || state.lastClientWords === 0) return undefined;
  const declined =
    turnedDownOf(observations) ??
    // a short "no" to it, not a question back ("no? is that a thing u can do")
    (observations.some((item) => item.kind === 'decline') &&
    state.lastClientWords <= 12 &&
    !observations.some((item) => item.kind === 'decline' && item.questioned)
      ? {}
      : undefined);
  if (!declined) return undefined;
  // "why would that help" to another supporter's idea: the why is not ours to give, so it is owned
  // and asked back (whether to try it or leave it), with no rationale and no step of ours
  const asksWhy = observations.some((item) => item.kind === 'request' && item.type === 'explain');
  // a reason given with it (no time, no energy, "i know what im good at") is owned, then asked within
  const reason = declined.declined === 'not-now' ? undefined : reasonGiven(observations);
  if (reason)
    return [
      {
        type: 'own-miss',
        missed: asksWhy && !declined.declined ? 'others-why' : 'suggestion',
        reason,
        ...(declined.declined ? { declined: declined.declined } : {}),
      },
      { type: 'open-question', about: 'within-reason', reason },
    ];
  if (asksWhy && !declined.declined)
    return [
      { type: 'own-miss', missed: 'others-why', ...(suggestion.idea ? { idea: suggestion.idea } : {}) },
      { type: 'open-question', about: 'try-or-leave' },
    ];
  const dropped: Move = {
    type: 'own-miss',
    missed: 'suggestion',
    ...(suggestion.thing && !declined.declined ? { thing: suggestion.thing } : {}),
    ...(declined.declined ? { declined: declined.declined } : {}),
  };
  // "not tonight" keeps the idea for another time: asked about that, not about the fear
  if (declined.declined === 'not-now') return [dropped, { type: 'open-question', about: 'another-time' }];
  // something concrete and different where there is one: the fear they said, else, when it was too
  // much, a smaller step on the task they named; otherwise the sticking point is asked after (a
  // fresh step pitched right after "wow a schedule. groundbreaking" read on the seen sets as pushing)
  const offer = declined.declined === 'too-much' ? smallerOffer(state) : undefined;
  return [dropped, worryQuestion(state) ?? offer ?? { type: 'open-question', about: 'sticking-point' }];
}

/** The person's clauses a turn's moves say back. */
export function saidThisTurn(moves: readonly Move[]): string[] {
  return moves.flatMap((move) =>
    move.type === 'reflect-clause'
      ? [move.clause.text, move.other?.text ?? '']
      : move.type === 'summarize'
        ? move.clauses.map((clause) => clause.text)
        : [],
  );
}

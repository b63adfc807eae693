/**
 * What the person just did to the conversation, taken up before anything else (issue 17): turned
 * down the suggestion just made, said the last reply missed, or asked a direct question.
 */
import type { SessionState } from '../session/state.ts';
import type { Move, ObjectionReason, PersonClause } from '../spec/move.ts';
import type { Observation } from '../spec/observation.ts';
import type { TheirQuestion } from '../spec/their-question.ts';
import { reflectionsFor } from './reflections.ts';
import { dropSuggestionMoves } from './take-up-worry.ts';
import { turnedDownOf } from './turned-down.ts';
import { ownUnhelpful } from './unhelpful-answer.ts';

// questions about the coach itself
const ABOUT_US = new Set<TheirQuestion['asks']>(['how-are-you', 'are-you-real']);
// questions whose answer is a plain statement, with no question of ours after it
const PLAIN_ANSWER = new Set<TheirQuestion['asks']>(['normal', 'am-i', 'makes-sense', 'easier', 'can-it']);

// a clause this heavy names a struggle (as in reflections.ts)
const STRUGGLE_WEIGHT = 2;

/**
 * A turn that says the last reply missed is owned before anything else; a direct question is
 * taken up (after one reflection of something else they said), never met with a stock probe.
 */
export function answerTheirTurn(
  state: SessionState,
  observations: readonly Observation[],
): Move[] | undefined {
  // (a turn with no words in it gets none of these)
  if (state.lastClientWords === 0) return undefined;
  // "can we talk about something else. I don't want to think about it now": the ask to leave the subject
  // is honoured before the suggestion it also turns down (rated 1 on fresh v22 when the turning-down won)
  const leaveTopic = observations.some((item) => item.kind === 'push-back' && item.missed === 'leave-topic');
  if (leaveTopic) return [{ type: 'own-miss', missed: 'leave-topic' }];
  const dropped = dropSuggestionMoves(state, observations);
  const theirQuestion = observations.find((item) => item.kind === 'their-question')?.question;
  // "it doesnt work. how do i stop thinking about it": the idea is dropped and their question taken up
  // (a question read only by its shape is not taken up beside an idea turned down: the turning down is the point)
  const asked = dropped && theirQuestion?.asks !== 'open' ? theirQuestion : undefined;
  if (dropped && asked) return [dropped[0], { type: 'take-up-question', question: asked }];
  // no fear to take up: what they said instead is said back before asking what is in the way
  const after = dropped?.[1]?.type === 'open-question' ? dropped[1].about : undefined;
  // the idea's own reason speaks to their doubt: said back on top of it, their words read as a form
  // and what else they said with the why ("my ears are ringing", "theres just not enough coming
  // in") is said back in place of a stock "Would you give it a go anyway, or leave it for now?":
  // the reason alone, then the either/or, read on fresh v20 as doubling down and ignoring them
  // (only something new beside the objection: the objection said back read as a parrot)
  if (dropped?.[0]?.type === 'own-miss' && dropped[0].idea) {
    const told = observations.some((item) => item.kind === 'sensation' || item.kind === 'worry');
    const [besides] = told ? plainReflections(state) : [];
    return besides ? [dropped[0], besides] : dropped;
  }
  if (dropped && (after === 'sticking-point' || after === 'try-or-leave')) {
    const [reflection] = plainReflections(state);
    // (ending on what they said: a stock "What's the hardest part of that for you?" after it read
    // to raters as a form; whether to try it anyway is still asked)
    if (reflection)
      return [
        dropped[0],
        reflection,
        ...(after === 'try-or-leave'
          ? [{ type: 'open-question' as const, about: 'try-or-leave' as const }]
          : []),
      ];
  }
  if (dropped) return dropped;
  const pushBack = observations.find((item) => item.kind === 'push-back');
  const missed = state.therapistTurns > 0 ? pushBack?.missed : undefined;
  // "I know that. It is the waiting for results I cannot face": what they go on to say is the
  // point, not an apology from us for a miss they did not complain of
  const goesOn =
    state.statements.some((item) => item.weight >= STRUGGLE_WEIGHT && !item.pushesBack) ||
    (state.lastClientWords > 12 && !pushBack?.endsOnIt);
  if (missed === 'unhelpful' && !goesOn) return ownUnhelpful(state, observations);
  if (missed && !goesOn) return [{ type: 'own-miss', missed }];
  // "my friends keep saying im better off and i know that but": the "but" left hanging is the point
  if (observations.some((item) => item.kind === 'turn-form' && item.trailingBut)) {
    const said = reflectionsFor(state, 1).flatMap((move) =>
      move.type === 'reflect-clause' && move.depth !== 'judgement'
        ? [{ ...move, depth: 'simple' as const, other: undefined, feeling: undefined }]
        : [],
    );
    return [...said, { type: 'open-question', about: 'unfinished-but' }];
  }
  const question = theirQuestion;
  if (!question) return undefined;
  const answer: Move = { type: 'take-up-question', question };
  // "how are u", "are you a bot": about us, answered and handed back, with nothing of theirs said back
  if (ABOUT_US.has(question.asks)) return [answer];
  const reflected = reflectionsFor(state, 1).filter(
    (move) => move.type === 'reflect-clause' && move.depth !== 'judgement',
  );
  // a yes/no answer comes first, plainly (raters: a question put to the coach is answered before
  // anything else); an answer that ends on a question of ours keeps the say-back before it
  return PLAIN_ANSWER.has(question.asks) ? [answer, ...reflected] : [...reflected, answer];
}

/** They turned down the suggestion the last turn made ("why would that help", "thats too much"). */
export function suggestionTurnedDown(state: SessionState, observations: readonly Observation[]) {
  return state.lastSuggestion ? turnedDownOf(observations) : undefined;
}

/** "why would that help" to another helper's idea: owned, with the idea's own reason when it is a common one. */
export function othersWhyMove(state: SessionState, reason?: ObjectionReason): Move {
  return {
    type: 'own-miss',
    missed: 'others-why',
    ...(reason ? { reason } : {}),
    ...(state.lastSuggestion?.idea ? { idea: state.lastSuggestion.idea } : {}),
  };
}

/** One clause of theirs said back plainly, never the push-back itself ("I did this before"). */
function plainReflections(state: SessionState): Move[] {
  const turnsDown = (clause: PersonClause) =>
    state.statements.some((item) => item.turnsDown && item.span[0] === clause.span[0]);
  return reflectionsFor(state, 1).flatMap((move) =>
    move.type === 'reflect-clause' && move.depth !== 'judgement' && !turnsDown(move.clause)
      ? [{ ...move, depth: 'simple' as const, other: undefined, feeling: undefined }]
      : [],
  );
}

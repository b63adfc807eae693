/**
 * "this is too much honestly i dont have the head for it today", "not today. i cant": a no for now
 * (understanding reads it: push-back.ts, `turned-down` with `declined: 'not-now'`). It is heard and
 * respected: no step pushed, no smaller step read into "too much", no plan asked for; the task is left
 * to keep until they have room for it. Raters marked a step right after such a no as pushing (the lead's
 * v22 reading, round 12: "fill in just your name on the paperwork" after it, rated 1–2).
 */
import type { SessionState } from '../session/state.ts';
import type { Move, PersonClause } from '../spec/move.ts';
import type { Observation, RequestObservation } from '../spec/observation.ts';
import { reflectionsFor } from './reflections.ts';
import { dropSuggestionMoves } from './take-up-worry.ts';
import { othersWhyMove } from './their-turn-moves.ts';
import { type DeclinedSuggestion, reasonGiven, turnedDownOf } from './turned-down.ts';

/** They said no for now (today, tonight, right now). */
export function saysNoForNow(observations: readonly Observation[]): boolean {
  return turnedDownOf(observations)?.declined === 'not-now';
}

/**
 * The asks a no for now cannot mean: "too much … today" is read as a smaller ask and "what next" as a
 * next step, and either would push a step right after the no. Other asks (a nudge tomorrow) stand.
 */
export function withoutStepAsksBesideNo(observations: readonly Observation[]): readonly Observation[] {
  if (!saysNoForNow(observations)) return observations;
  return observations.filter(
    (item) => !(item.kind === 'request' && (item.type === 'smaller' || item.type === 'next')),
  );
}

/**
 * The reply to a no for now: the no respected (and the task left for another day, on their say), then
 * one thing they said beside the no, said back plainly, when there is one (never the no itself).
 */
export function noForNowMoves(state: SessionState): Move[] {
  const respected: Move = { type: 'own-miss', missed: 'suggestion', declined: 'not-now', later: true };
  return [respected, ...besidesTheNo(state)];
}

function besidesTheNo(state: SessionState): Move[] {
  const turnsDown = (clause: PersonClause) =>
    state.statements.some((item) => item.turnsDown && item.span[0] === clause.span[0]);
  return reflectionsFor(state, 1).flatMap((move) =>
    move.type === 'reflect-clause' && move.depth !== 'judgement' && !turnsDown(move.clause)
      ? [{ ...move, depth: 'simple' as const, other: undefined, feeling: undefined }]
      : [],
  );
}

/**
 * Whether this turn is a no for now the policy honours, and, when nothing else was asked, the whole
 * reply. A subject they ask to leave is honoured by the listening path first; a question of theirs
 * beside it is answered; a stop is a close, which says its own goodbye. A suggestion on the table
 * ("not tonight" to a look at it together) is dropped and another time asked about, as the human
 * references do; with none, the no is respected and left there.
 */
export function noForNowPlan(
  state: SessionState,
  observations: readonly Observation[],
  requests: readonly RequestObservation[],
): { noForNow: boolean; plan?: Move[] } {
  const noForNow =
    saysNoForNow(observations) &&
    !requests.some((request) => request.type === 'stop') &&
    !observations.some(
      (item) =>
        (item.kind === 'push-back' && item.missed === 'leave-topic') || item.kind === 'their-question',
    );
  if (!noForNow || requests.length > 0 || state.closed) return { noForNow };
  return { noForNow, plan: dropSuggestionMoves(state, observations) ?? noForNowMoves(state) };
}

/** "thats too much" said of the step just given: the smaller one is offered, not pushed straight after. */
export function offeredIfTooMuch<T extends { moves: Move[] }>(
  state: SessionState,
  observations: readonly Observation[],
  answered: T,
): T {
  if (state.therapistTurns === 0 || turnedDownOf(observations)?.declined !== 'too-much') return answered;
  const moves = answered.moves.map((move) =>
    move.type === 'shrink-step' ? { ...move, offered: true as const } : move,
  );
  return { ...answered, moves };
}

/**
 * What a turn-down gets owned with before anything else (moved from decide.ts): "thats too much" to the
 * suggestion just made, with the reason they gave (no time, no energy), so the smaller step then fits
 * inside it; "thats too much, i'm on jobs 7 till 6" to another helper's plan (no suggestion of ours on
 * record) likewise; a why asked of another helper's idea; a no for now.
 */
export function ownedTurnDown(
  state: SessionState,
  observations: readonly Observation[],
  turn: { turnedDown?: DeclinedSuggestion; othersWhy: boolean; noForNow: boolean },
): Move[] {
  const { turnedDown, othersWhy, noForNow } = turn;
  const owned: Move[] = [];
  const tooMuch = state.therapistTurns > 0 && turnedDownOf(observations)?.declined === 'too-much';
  const reason = turnedDown || othersWhy || tooMuch ? reasonGiven(observations) : undefined;
  if (turnedDown?.declined === 'too-much' || (tooMuch && !turnedDown))
    owned.push({
      type: 'own-miss',
      missed: 'suggestion',
      declined: 'too-much',
      ...(reason ? { reason } : {}),
    });
  if (othersWhy) owned.push(othersWhyMove(state, reason));
  if (noForNow) owned.push(noForNowMoves(state)[0]);
  return owned;
}

/**
 * The events and messages a coach session records, built from what it decided: pure shapes, so
 * coach-session.ts keeps only the loop (record, fold, schedule) and these stay testable alone.
 */
import type { ScheduledNudge } from '../policy/index.ts';
import type { FiredNudge, Realization } from '../realizer/types.ts';
import type { SessionEvent } from '../session/events.ts';
import type { PendingNudgeState, SessionState } from '../session/state.ts';
import { CRISIS_WORD_BUDGET, wordBudgetFor } from '../session/word-budget.ts';
import type { Move } from '../spec/move.ts';
import { splitSentences } from '../text/sentences.ts';
import type { PendingNudge, TherapistMessage } from './types.ts';

/** The therapist-said event and message for a realization; recorded, not yet emitted. */
export function saidEventAndMessage(
  state: SessionState,
  realization: Realization,
  moves: Move[],
  at: number,
  nudgeId: string | undefined,
): { event: SessionEvent; message: TherapistMessage } {
  const nudge = nudgeId !== undefined;
  // built field by field in the order the spread literal gave (the log's JSON keeps that order): a
  // literal with conditional spreads is copied through the slow path on every reply
  const event: Extract<SessionEvent, { type: 'therapist-said' }> = {
    type: 'therapist-said',
    at,
    text: realization.text,
    sentences: realization.sentences.length > 0 ? realization.sentences : splitSentences(realization.text),
    moves,
    source: 'coach',
  };
  if (nudge) {
    event.nudge = true;
    event.nudgeId = nudgeId;
  }
  event.fatigue = state.fatigue;
  // as realizeContext gives it, without building the rest of the context
  event.wordBudget = moves.some((move) => move.type === 'crisis')
    ? CRISIS_WORD_BUDGET
    : wordBudgetFor(state.fatigue);
  event.realizer = realization.realizer;
  if (realization.fallbackReason) event.fallbackReason = realization.fallbackReason;
  const message: TherapistMessage = {
    role: 'therapist',
    text: realization.text,
    at,
    nudge,
    realizer: realization.realizer,
  };
  if (realization.fallbackReason) message.fallbackReason = realization.fallbackReason;
  return { event, message };
}

/** What the realizer is told of a nudge that fired at `at`. */
export function firedNudge(nudge: PendingNudgeState, at: number): FiredNudge {
  return {
    nudgeId: nudge.id,
    cue: nudge.cue,
    condition: nudge.condition,
    lateMs: Math.max(0, at - nudge.dueAt),
  };
}

export function firedEvent(nudge: PendingNudgeState, at: number): SessionEvent {
  return { type: 'nudge-fired', at, nudgeId: nudge.id, lateMs: Math.max(0, at - nudge.dueAt) };
}

/** The nudge-scheduled event for a nudge the policy decided at `at`. */
export function scheduledEvent(nudge: ScheduledNudge, at: number): SessionEvent {
  return {
    type: 'nudge-scheduled',
    at,
    nudgeId: nudge.nudgeId,
    afterMs: nudge.afterMs,
    dueAt: at + nudge.afterMs,
    cue: nudge.cue,
    kind: nudge.kind,
    ...(nudge.condition ? { condition: nudge.condition } : {}),
  };
}

/** The same nudge as the turn reports it to its caller. */
export function scheduledNudge(nudge: ScheduledNudge, at: number): PendingNudge {
  return {
    id: nudge.nudgeId,
    dueAt: at + nudge.afterMs,
    afterMs: nudge.afterMs,
    cue: nudge.cue,
    condition: nudge.condition,
  };
}

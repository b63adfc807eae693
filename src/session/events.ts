import type { Move, Step, SuggestedIdea } from '../spec/move.ts';
import type { LifeTopic, Observation, TaskDomain } from '../spec/observation.ts';

/**
 * A session is this list, appended to and never edited; state is a fold over it (fold.ts).
 * Plain JSON with `type` and `at` (ms since the clock's epoch), so any store can keep it opaquely.
 */
export type SessionEvent =
  | { type: 'locale-changed'; at: number; locale: string }
  | {
      type: 'session-opened';
      at: number;
      sessionId: string;
      seed: number;
      locale: string;
      /** The person's IANA time zone ("Europe/London"), when known: "at 3pm" is their 3pm. */
      timeZone?: string;
    }
  | { type: 'client-said'; at: number; text: string }
  | { type: 'observations-recorded'; at: number; observations: Observation[] }
  | TherapistSaidEvent
  | { type: 'step-proposed'; at: number; step: Step; by: 'coach' | 'client' | 'external' }
  | {
      type: 'step-completed';
      at: number;
      status: 'done' | 'partial' | 'not-done';
      discounted: boolean;
      step?: Step;
    }
  | NudgeScheduledEvent
  | { type: 'nudge-fired'; at: number; nudgeId: string; lateMs: number }
  | { type: 'nudge-cancelled'; at: number; nudgeId: string; reason: string }
  | { type: 'rating-recorded'; at: number; value: number }
  /** A promise another therapist made in a replayed transcript ("I'll remind you after a minute"). */
  | { type: 'promise-noted'; at: number; text: string; afterMs?: number }
  | { type: 'session-closed'; at: number; reason: 'asked' | 'spent' | 'quit' | 'crisis'; summary: string };

export type TherapistSaidEvent = {
  type: 'therapist-said';
  at: number;
  text: string;
  sentences: string[];
  /** Empty for a nudge or another therapist's replayed turn. */
  moves: Move[];
  /** 'external': a turn from a replayed transcript, not ours. */
  source: 'coach' | 'external';
  /** Another therapist's turn suggested something (`thing`: the noun suggested, when one was named). */
  suggestion?: { thing?: string; idea?: SuggestedIdea };
  /** The task another therapist's turn named ("how's the benefits form going?"): the talk is about it too. */
  task?: { domain: TaskDomain; object: string };
  /** The situation another therapist's turn names ("how are nights with the baby?"): its steps fit. */
  topics?: LifeTopic[];
  /** Another therapist's turn asked the safety check-in: it did not pass a possible risk over as ordinary talk. */
  askedSafety?: boolean;
  nudge?: boolean;
  nudgeId?: string;
  fatigue?: number;
  wordBudget?: number;
  realizer?: 'template' | 'llm';
  fallbackReason?: string;
};

export type NudgeKind = 'cue' | 'check-in' | 'follow-up';

export type NudgeScheduledEvent = {
  type: 'nudge-scheduled';
  at: number;
  nudgeId: string;
  afterMs: number;
  dueAt: number;
  cue: string;
  condition?: string;
  kind: NudgeKind;
};

export type SessionEventType = SessionEvent['type'];
export type SessionEventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;

import type { Realizer } from '../realizer/types.ts';
import type { Clock } from '../spec/clock.ts';
import type { Move } from '../spec/move.ts';

/** One thing the therapist says: a turn's reply, or a nudge firing later. `at` is ms since the epoch of the clock. */
export type TherapistMessage = {
  role: 'therapist';
  text: string;
  at: number;
  nudge: boolean;
  realizer?: 'template' | 'llm';
  fallbackReason?: string;
};

export type PendingNudge = { id: string; dueAt: number; afterMs: number; cue: string; condition?: string };

/** What one client turn produced. */
export type CoachTurn = {
  messages: TherapistMessage[];
  moves: Move[];
  /** Nudges scheduled in this turn. */
  nudges: PendingNudge[];
};

export type CoachSessionOptions = {
  clock: Clock;
  seed?: number;
  locale?: string;
  /** The person's IANA time zone; "nudge me at 3pm" is resolved in it (this machine's zone when not given). */
  timeZone?: string;
  realizer?: Realizer;
  sessionId?: string;
};

/**
 * A live coaching session: the runtime around the pure policy. It records events, schedules
 * nudges on its clock and emits nudge messages to listeners when they fire.
 */
export interface CoachSession {
  readonly id: string;
  /** The opening turn (scope statement, invitation). */
  open(): Promise<TherapistMessage[]>;
  /** The client says `text` now; returns the therapist's reply for this turn. */
  /** `locale`: the person's current one (a country chosen mid-session); crisis lines follow it. */
  receive(text: string, options?: { locale?: string }): Promise<CoachTurn>;
  /** Called for every therapist message, including nudges as they fire. Returns an unsubscribe function. */
  onMessage(listener: (message: TherapistMessage) => void): () => void;
  pendingNudges(): PendingNudge[];
  /** Ends the session properly: a closing summary, pending nudges cancelled. */
  close(): Promise<TherapistMessage[]>;
  readonly closed: boolean;
}

import type { VirtualClock } from '../clock/virtual-clock.ts';

/** One thing a therapist under test says; `at` is ms from the session start. */
export type SaidMessage = { text: string; at: number; nudge: boolean };

/**
 * A therapist under test, whatever is behind it (our coach in process, ELIZA, an LLM over HTTP).
 * The runner drives every therapist through this one interface.
 */
export interface TherapistUnderTest {
  /** Stable label for tables: "coach", "eliza", or the URL and model. */
  readonly label: string;
  /** The opening turn; empty when the therapist waits for the client to speak first. */
  open(): Promise<SaidMessage[]>;
  /** The reply to one client utterance. */
  reply(clientText: string): Promise<SaidMessage[]>;
  /** Nudges that fired on the clock since the last call, in order. */
  takeNudges(): SaidMessage[];
  /** Ends the session; may say a closing line. */
  close(): Promise<SaidMessage[]>;
  readonly closed: boolean;
}

/** Everything a therapist gets at the start of one session. */
export type TherapistContext = { clock: VirtualClock; seed: number; sessionId: string };

export type TherapistFactory = {
  readonly label: string;
  create(context: TherapistContext): TherapistUnderTest;
};

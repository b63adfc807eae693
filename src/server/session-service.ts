import type { PendingNudge, TherapistMessage } from '../coach/types.ts';
import type { CrisisResource } from '../spec/move.ts';
import type { Turn } from '../spec/transcript.ts';
import type { SessionSteps } from './session-steps.ts';

/** A message as the API shows it: client and therapist alike, `at` in ms since the epoch. */
export type ApiMessage = { role: 'client' | 'therapist'; text: string; at: number; nudge: boolean };

export type SessionSummary = {
  id: string;
  createdAt: number;
  messages: ApiMessage[];
  nudges: { id: string; dueAt: number }[];
  /** The person's own record: steps completed, and the step last offered (pick up where you left off). */
  steps: SessionSteps;
  state: { crisis: boolean; closed: boolean; turns: number; distress?: number; resources?: CrisisResource[] };
};

/**
 * What the HTTP layer needs from sessions. The implementation owns coaching, persistence and
 * nudge delivery; routes only authorise, validate and shape.
 */
export interface SessionService {
  /** `timeZone`: the person's IANA zone, so a clock time they ask for ("at 3pm") is theirs. */
  create(options?: {
    locale?: string;
    timeZone?: string;
  }): Promise<{ id: string; token: string; messages: ApiMessage[] }>;
  /** Throws TinystepError 'not-found' for an unknown session and for a token that does not open it. */
  authorize(sessionId: string, token: string): Promise<void>;
  send(
    sessionId: string,
    text: string,
    /** The person's current locale (a country chosen mid-session): crisis lines follow it. */
    options?: { locale?: string },
  ): Promise<{ messages: ApiMessage[]; nudges: PendingNudge[]; crisis: boolean }>;
  /**
   * The session's messages after position `after` (0-based over all messages, client and therapist;
   * -1 for all), each with its position, and the last position: event-stream ids and their replay.
   */
  messagesSince(
    sessionId: string,
    after: number,
  ): Promise<{ messages: (ApiMessage & { position: number })[]; last: number }>;
  /** Every therapist message of the session from now on (replies and nudges), from any instance. */
  subscribe(sessionId: string, listener: (message: TherapistMessage) => void): () => void;
  summary(sessionId: string): Promise<SessionSummary>;
  transcript(sessionId: string): Promise<Turn[]>;
  delete(sessionId: string): Promise<void>;
  close(): Promise<void>;
}

import type { RequestType } from '../spec/observation.ts';
import type { ClientState } from './client-state.ts';

export type AttemptOutcome = 'done' | 'partial' | 'not-done';
export type ClientEnd = 'dropout' | 'leave-early' | 'stop';

/** One client utterance, with what the client meant (for the runner) and its state after it. */
export type ClientTurn = {
  text: string;
  requests: RequestType[];
  end?: ClientEnd;
  state: ClientState;
  /** Motivational interviewing's client talk: toward change, for the status quo, or neither. */
  talk: 'change' | 'sustain' | 'neutral';
};

export type ClientSummary = {
  completedSteps: number;
  attempts: number;
  distressStart: number;
  distressEnd: number;
  dropout: boolean;
  turns: number;
  /** How heard the client felt at the start and at the end (0–10); absent for an LLM client. */
  heardStart?: number;
  heardEnd?: number;
  changeTalk?: number;
  sustainTalk?: number;
  /** The client turn at which they left without finishing (dropout or leaving early). */
  dropoutTurn?: number;
};

import type { RequestType } from '../spec/observation.ts';
import type { ClientState } from './client-state.ts';
import type { Noticed } from './noticed-since.ts';

/** Everything about this moment that decides the client's words; built by the client each turn. */
export type TurnSituation = {
  turn: number;
  state: ClientState;
  felt: 'heard' | 'misheard' | 'unheard' | 'neutral';
  unheardStreak: number;
  /** The therapist has repeated itself, or missed them several times: a reason to doubt the machine. */
  missedOften?: boolean;
  /** Their own turns of one or two words in a row just before this one. */
  shortStreak?: number;
  unaskedAdvice: boolean;
  welcomeAdvice: boolean;
  askedOpen: boolean;
  askedClosed: boolean;
  repeat: boolean;
  broken: boolean;
  thanks: boolean;
  attempt?: { outcome: 'done' | 'partial' | 'not-done'; discount: boolean };
  tooBig: boolean;
  vague: boolean;
  stepOffered: boolean;
  /** The therapist asked for a 0–10 rating. */
  askedRating?: boolean;
  /** The therapist asked what matters to them. */
  askedValues?: boolean;
  /** Said verbatim first (a card's event or disclosure). */
  disclosure?: string;
  risk?: 'hint' | 'deflect' | 'crisis-hesitate' | 'crisis-accept' | 'ignored';
  ending?: 'dropout' | 'leave';
  /** Therapist turns in a row, up to the last, that asked a question. */
  questionStreak?: number;
  /** The therapist's last reply, for choosing the beat that follows it. */
  heard?: string;
  /** Explicit requests the therapist left unanswered, to ask again. */
  unanswered: RequestType[];
};

/** This turn's situation from what the client noticed since it last spoke and where the session stands. */
export function situationFrom(
  noticed: Noticed,
  session: Pick<
    TurnSituation,
    | 'turn'
    | 'state'
    | 'unheardStreak'
    | 'missedOften'
    | 'shortStreak'
    | 'questionStreak'
    | 'unanswered'
    | 'heard'
  >,
): TurnSituation {
  return {
    ...session,
    felt: noticed.felt,
    unaskedAdvice: noticed.unaskedAdvice,
    welcomeAdvice: noticed.welcomeAdvice,
    askedOpen: noticed.askedOpen,
    askedClosed: noticed.askedClosed,
    repeat: noticed.repeat,
    broken: noticed.broken,
    thanks: noticed.thanks,
    tooBig: noticed.tooBig,
    vague: noticed.vague,
    stepOffered: noticed.stepOffered,
    askedRating: noticed.askedRating,
    askedValues: noticed.askedValues,
  };
}

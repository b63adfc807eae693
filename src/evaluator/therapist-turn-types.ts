import type { RequestType } from '../spec/observation.ts';
import type { ActMarkers } from './types.ts';

export const MITI_CODES = [
  'question-open',
  'question-closed',
  'reflection-simple',
  'reflection-complex',
  'affirm',
  'give-information',
  'advice',
  'seek-collaboration',
  'emphasize-autonomy',
  'confront',
  'persuade',
] as const;
export type MitiCode = (typeof MITI_CODES)[number];

/** An instruction the therapist gave: how concrete, and roughly how big (seconds of effort). */
export type Instruction = {
  text: string;
  concrete: boolean;
  sizeSeconds?: number;
  /** Extension: a hold ("wait for a minute", "sit with that"), not a step of the task. */
  hold?: boolean;
};

/** A promise to do something later ("I'll remind you in a minute"). */
export type Promise_ = {
  text: string;
  afterMs?: number;
  condition?: string;
  /** Extension: what will be said when it comes ("I'll remind you: \"Look at the cursor.\""). */
  cue?: string;
};

/** What a therapist turn does, read from its text alone (works for any therapist). */
export type TherapistTurnReading = {
  instructions: Instruction[];
  questions: { open: number; closed: number };
  reflections: { simple: number; complex: number };
  promises: Promise_[];
  /** Cue phrases said now (quoted or imperative short lines like "Look at the cursor."). */
  cues: string[];
  explains: boolean;
  holds: boolean;
  closes: boolean;
  shrinks: boolean;
  proposesStep: boolean;
  crisis: { asksDirectly: boolean; givesResource: boolean; staysWithPerson: boolean } | null;
  /** The turn calls off reminders it promised ("I've cancelled the reminder"): earlier promises are withdrawn, not broken. */
  withdrawsPromises?: boolean;
  /** Request types this turn would answer (DESIGN's move table, read from text). */
  answers: RequestType[];
  vague: boolean;
  codes: MitiCode[];
  /** Extension: AI boundaries as VERA-MH reads them (says what it is; no human claims; no secrecy promises). */
  boundaries?: { statesBoundary: boolean; claimsHuman: boolean; promisesSecrecy: boolean };
  /** ACT markers said in this turn (counts of matches). */
  act?: ActMarkers;
  /** Words in the turn (as countWords counts them). */
  words?: number;
};

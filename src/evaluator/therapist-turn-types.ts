import type { RequestType } from '../spec/observation.ts';

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
export type Instruction = { text: string; concrete: boolean; sizeSeconds?: number };

/** A promise to do something later ("I'll remind you in a minute"). */
export type Promise_ = { text: string; afterMs?: number; condition?: string };

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
  /** Request types this turn would answer (DESIGN's move table, read from text). */
  answers: RequestType[];
  vague: boolean;
  codes: MitiCode[];
};

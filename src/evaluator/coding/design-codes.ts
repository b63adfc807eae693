import { MITI_CODES, type MitiCode } from '../therapist-turn-types.ts';
import type { CodedUtterance } from './miti-coder.ts';
import type { TherapistCode } from './miti-vocabulary.ts';

// MITI 4.2.1's names → DESIGN.md's `codes` vocabulary (advice given with permission is DESIGN's "advice")
const DESIGN_CODE: Record<TherapistCode, MitiCode | undefined> = {
  'question-open': 'question-open',
  'question-closed': 'question-closed',
  'reflection-simple': 'reflection-simple',
  'reflection-complex': 'reflection-complex',
  'giving-information': 'give-information',
  persuade: 'persuade',
  'persuade-with-permission': 'advice',
  affirm: 'affirm',
  'seeking-collaboration': 'seek-collaboration',
  'emphasizing-autonomy': 'emphasize-autonomy',
  confront: 'confront',
  none: undefined,
};

/** A therapist turn's `codes` for `eval --json` (DESIGN.md): each behaviour once, in DESIGN's order. */
export function designCodesOf(utterances: readonly Pick<CodedUtterance, 'code'>[]): MitiCode[] {
  const present = new Set(utterances.map((utterance) => DESIGN_CODE[utterance.code]));
  return MITI_CODES.filter((code) => present.has(code));
}

export function designCodeOf(code: TherapistCode): MitiCode | undefined {
  return DESIGN_CODE[code];
}

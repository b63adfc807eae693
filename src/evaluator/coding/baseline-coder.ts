import { readTherapistTurn } from '../therapist-turn.ts';
import type { MitiCode } from '../therapist-turn-types.ts';
import type { TherapistCode } from './miti-vocabulary.ts';

// the DESIGN.md vocabulary of the turn reader, in MITI 4.2.1's names ("advice" without permission is persuading)
const FROM_TURN_READER: Record<MitiCode, TherapistCode> = {
  'question-open': 'question-open',
  'question-closed': 'question-closed',
  'reflection-simple': 'reflection-simple',
  'reflection-complex': 'reflection-complex',
  affirm: 'affirm',
  'give-information': 'giving-information',
  advice: 'persuade',
  'seek-collaboration': 'seeking-collaboration',
  'emphasize-autonomy': 'emphasizing-autonomy',
  confront: 'confront',
  persuade: 'persuade',
};
// when the reader finds several behaviours in one utterance, the one a coder would most likely pick
const PRIORITY: readonly MitiCode[] = [
  'question-open',
  'question-closed',
  'reflection-complex',
  'reflection-simple',
  'confront',
  'persuade',
  'advice',
  'affirm',
  'emphasize-autonomy',
  'seek-collaboration',
  'give-information',
];

/**
 * The turn reader's codes (`readTherapistTurn`, no context) for one utterance, as one MITI code:
 * the baseline the MITI coder is measured against.
 */
export function baselineCode(utterance: string): TherapistCode {
  const codes = readTherapistTurn(utterance).codes;
  const chosen = PRIORITY.find((code) => codes.includes(code));
  return chosen ? FROM_TURN_READER[chosen] : 'none';
}

/**
 * MITI 4.2.1 behaviour codes as coders write them, and the four main classes used to compare
 * with expert-coded corpora (question / reflection / therapist input / other). One place, so the
 * coder, the coded-set reader and the agreement figures cannot disagree about a name.
 */
export const THERAPIST_CODES = [
  'question-open',
  'question-closed',
  'reflection-simple',
  'reflection-complex',
  'giving-information',
  'persuade',
  'persuade-with-permission',
  'affirm',
  'seeking-collaboration',
  'emphasizing-autonomy',
  'confront',
  'none',
] as const;
export type TherapistCode = (typeof THERAPIST_CODES)[number];

export const CLIENT_CODES = ['change', 'sustain', 'neutral'] as const;
export type ClientCode = (typeof CLIENT_CODES)[number];

export const MAIN_CLASSES = ['question', 'reflection', 'therapist-input', 'other'] as const;
export type MainClass = (typeof MAIN_CLASSES)[number];

/**
 * The main class of a MITI code, as expert-coded MI corpora group therapist behaviour: therapist
 * input is information, advice and persuasion (with or without permission); affirmations,
 * seeking collaboration, emphasising autonomy, confronting and uncoded talk are "other".
 */
export function mainClassOf(code: TherapistCode): MainClass {
  switch (code) {
    case 'question-open':
    case 'question-closed':
      return 'question';
    case 'reflection-simple':
    case 'reflection-complex':
      return 'reflection';
    case 'giving-information':
    case 'persuade':
    case 'persuade-with-permission':
      return 'therapist-input';
    default:
      return 'other';
  }
}

/** MITI 4.2.1's adherent and non-adherent behaviour counts. */
export const MI_ADHERENT: readonly TherapistCode[] = [
  'affirm',
  'seeking-collaboration',
  'emphasizing-autonomy',
];
export const MI_NON_ADHERENT: readonly TherapistCode[] = ['confront', 'persuade'];

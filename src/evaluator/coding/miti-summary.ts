import {
  type ClientCode,
  MI_ADHERENT,
  MI_NON_ADHERENT,
  THERAPIST_CODES,
  type TherapistCode,
} from './miti-vocabulary.ts';

/** MITI 4.2.1's thresholds (fair / good) for the summary scores; percent open questions is MITI 3's. */
export const MITI_THRESHOLDS = {
  reflectionToQuestion: { fair: 1, good: 2 },
  percentComplexReflections: { fair: 0.4, good: 0.5 },
  percentOpenQuestions: { fair: 0.5, good: 0.7 },
  relational: { fair: 3.5, good: 4 },
  technical: { fair: 3, good: 4 },
} as const;

export type Verdict = 'good' | 'fair' | 'below fair' | 'not enough to say';

export function verdictOf(value: number | null, threshold: { fair: number; good: number }): Verdict {
  if (value === null) return 'not enough to say';
  return value >= threshold.good ? 'good' : value >= threshold.fair ? 'fair' : 'below fair';
}

export type MitiSummary = {
  counts: Record<TherapistCode, number>;
  utterances: number;
  questions: number;
  reflections: number;
  /** reflections per question; null with no questions */
  reflectionToQuestion: number | null;
  percentComplexReflections: number | null;
  percentOpenQuestions: number | null;
  /** affirm + seeking collaboration + emphasising autonomy (+ persuade with permission, counted apart) */
  miAdherent: number;
  /** confront + persuade without permission */
  miNonAdherent: number;
  clientTalk: Record<ClientCode, number>;
  /** change talk / (change + sustain talk); null with neither */
  changeTalkRatio: number | null;
  verdicts: {
    reflectionToQuestion: Verdict;
    percentComplexReflections: Verdict;
    percentOpenQuestions: Verdict;
  };
};

const round = (value: number) => Math.round(value * 1000) / 1000;
const share = (part: number, whole: number) => (whole === 0 ? null : round(part / whole));

/** Counts and MITI summary scores from a session's utterance codes and client talk codes. */
export function summarizeMiti(
  codes: readonly TherapistCode[],
  clientCodes: readonly ClientCode[],
): MitiSummary {
  const counts = Object.fromEntries(THERAPIST_CODES.map((code) => [code, 0])) as Record<
    TherapistCode,
    number
  >;
  for (const code of codes) counts[code]++;
  const clientTalk: Record<ClientCode, number> = { change: 0, sustain: 0, neutral: 0 };
  for (const code of clientCodes) clientTalk[code]++;
  const questions = counts['question-open'] + counts['question-closed'];
  const reflections = counts['reflection-simple'] + counts['reflection-complex'];
  const reflectionToQuestion = share(reflections, questions);
  const percentComplexReflections = share(counts['reflection-complex'], reflections);
  const percentOpenQuestions = share(counts['question-open'], questions);
  return {
    counts,
    utterances: codes.length,
    questions,
    reflections,
    reflectionToQuestion,
    percentComplexReflections,
    percentOpenQuestions,
    miAdherent: MI_ADHERENT.reduce((total, code) => total + counts[code], 0),
    miNonAdherent: MI_NON_ADHERENT.reduce((total, code) => total + counts[code], 0),
    clientTalk,
    changeTalkRatio: share(clientTalk.change, clientTalk.change + clientTalk.sustain),
    verdicts: {
      reflectionToQuestion: verdictOf(reflectionToQuestion, MITI_THRESHOLDS.reflectionToQuestion),
      percentComplexReflections: verdictOf(
        percentComplexReflections,
        MITI_THRESHOLDS.percentComplexReflections,
      ),
      percentOpenQuestions: verdictOf(percentOpenQuestions, MITI_THRESHOLDS.percentOpenQuestions),
    },
  };
}

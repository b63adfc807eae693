import type { GlobalEstimates } from './coding/global-ratings.ts';
import { MITI_THRESHOLDS, type MitiSummary } from './coding/miti-summary.ts';
import type { ClientCode, TherapistCode } from './coding/miti-vocabulary.ts';
import type { EvaluationResult, EvaluationSummary, PerTurn } from './types.ts';

/** A turn in `eval --json`: DESIGN.md's six keys first, then the MITI detail (added, never replacing). */
export type PerTurnJson = PerTurn & {
  /** therapist turns: each utterance with its MITI 4.2.1 code and the reasons */
  utterances?: { text: string; code: TherapistCode; reasons: string[] }[];
  /** client turns: change, sustain or neutral, and why */
  talk?: { code: ClientCode; reasons: string[] };
};

export type EvaluationJson = {
  turns: number;
  summary: EvaluationSummary;
  perTurn: PerTurnJson[];
  miti: MitiSummary & { thresholds: typeof MITI_THRESHOLDS; globals: GlobalEstimates };
};

/**
 * Cuts a result to the `tinystep eval --json` contract in DESIGN.md (keys in the documented order),
 * with the MITI coding added after them: per-utterance codes and reasons, client talk, and the
 * session's MITI summary with thresholds and estimated globals.
 */
export function toEvaluationJson(result: EvaluationResult): EvaluationJson {
  return {
    turns: result.turns,
    summary: result.summary,
    perTurn: result.perTurn.map(({ index, speaker, answers, misses, flags, codes }) => {
      const coding = result.miti.turns[index];
      const turn: PerTurnJson = { index, speaker, answers, misses, flags, codes };
      if (coding?.role === 'therapist') turn.utterances = coding.utterances;
      if (coding?.role === 'client') turn.talk = coding.talk;
      return turn;
    }),
    miti: { ...result.miti.summary, thresholds: MITI_THRESHOLDS, globals: result.miti.globals },
  };
}

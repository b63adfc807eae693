import type { EvaluationResult, EvaluationSummary, PerTurn } from './types.ts';

export type EvaluationJson = { turns: number; summary: EvaluationSummary; perTurn: PerTurn[] };

/** Cuts a result to the `tinystep eval --json` contract in DESIGN.md (keys in the documented order). */
export function toEvaluationJson(result: EvaluationResult): EvaluationJson {
  return {
    turns: result.turns,
    summary: result.summary,
    perTurn: result.perTurn.map(({ index, speaker, answers, misses, flags, codes }) => ({
      index,
      speaker,
      answers,
      misses,
      flags,
      codes,
    })),
  };
}

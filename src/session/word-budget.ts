/**
 * Session rule 6: turns shrink as fatigue rises. One function, so the coach that sets the budget
 * and the invariant checker that tests it agree.
 */
// a turn must still answer every request (often two or three) when fatigue is at its highest
export const MIN_WORD_BUDGET = 45;

export function wordBudgetFor(fatigue: number): number {
  return Math.max(MIN_WORD_BUDGET, Math.round(100 - 5.5 * Math.min(10, Math.max(0, fatigue))));
}

/** Crisis turns carry resources and a direct question; they get room whatever the fatigue. */
export const CRISIS_WORD_BUDGET = 160;

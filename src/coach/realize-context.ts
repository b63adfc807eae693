import type { RealizeContext } from '../realizer/types.ts';
import type { SessionState } from '../session/state.ts';
import { CRISIS_WORD_BUDGET, wordBudgetFor } from '../session/word-budget.ts';
import { objectPhrase } from '../steps/index.ts';

const PART_WORDS: Record<string, string> = { 'whole-body': 'body' };

/** Everything the realizer needs to phrase this turn in the person's words, within budget, without repeats. */
export function realizeContext(
  state: SessionState,
  options: { crisis?: boolean; recentTurns?: RealizeContext['recentTurns'] } = {},
): RealizeContext {
  const sensation = state.sensations.at(-1);
  return {
    seed: state.seed,
    turnIndex: state.therapistTurns,
    said: state.said,
    fatigue: state.fatigue,
    wordBudget: options.crisis ? CRISIS_WORD_BUDGET : wordBudgetFor(state.fatigue),
    locale: state.locale,
    slots: {
      task: state.task ? objectPhrase(state.task.object) : undefined,
      bodyPart: sensation ? (PART_WORDS[sensation.part] ?? sensation.part) : undefined,
      quality: sensation?.quality,
      value: state.value,
      emotion: state.emotions.at(-1),
      worry: state.worries.at(-1),
      urge: state.urges.at(-1),
    },
    recentTurns: options.recentTurns,
  };
}

import type { RequestRule } from './request-rule.ts';
import { CUE_RULES, NUDGE_RULES } from './request-rules-later.ts';
import { RETURN_RULES } from './request-rules-return.ts';
import { CONCRETE_RULES, NEXT_RULES, SMALLER_RULES } from './request-rules-step.ts';
import { EXPLAIN_RULES, PAUSE_RULES, STOP_RULES } from './request-rules-talk.ts';

export type { RequestRule } from './request-rule.ts';

/** Every way of asking, in the order the rules are tried (the order is part of the reading). */
export const REQUEST_RULES: RequestRule[] = [
  ...NUDGE_RULES,
  ...CUE_RULES,
  ...CONCRETE_RULES,
  ...SMALLER_RULES,
  ...PAUSE_RULES,
  ...RETURN_RULES,
  ...NEXT_RULES,
  ...EXPLAIN_RULES,
  ...STOP_RULES,
];

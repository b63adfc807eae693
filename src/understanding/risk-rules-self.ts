/**
 * Suicide and self-harm said about oneself or about someone else, in the order the detector has always
 * read them (split by concept; the order is kept so that readings are unchanged).
 */
import type { RiskRule } from './risk-rule.ts';
import { SELF_RULES_LATER } from './risk-rules-self-later.ts';
import { SIGNS_AND_SELF_HARM_RULES } from './risk-rules-self-signs.ts';
import { SUICIDE_SAID_RULES } from './risk-rules-suicide-said.ts';

/** Suicide and self-harm said about oneself or about someone else. */
export const SELF_RULES: readonly RiskRule[] = [
  ...SUICIDE_SAID_RULES,
  ...SIGNS_AND_SELF_HARM_RULES,
  ...SELF_RULES_LATER,
];

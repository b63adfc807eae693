/**
 * Safety (issue 8): the crisis protocol, its follow-ups and scope. Pure except load-config.ts,
 * which is exported separately so the pure parts stay free of I/O.
 */

export { asksIfSafe, saysNotSafe, withSafeQuestion } from './asked-if-safe.ts';
export {
  DEFAULT_SAFETY_CONFIG,
  parseSafetyConfig,
  regionResources,
  type SafetyConfig,
  safetyConfigSchema,
} from './config.ts';
export { type PlanSafetyOptions, planSafety, type SafetyPlan, safetyCheckMove } from './plan.ts';
export { resourcesFor } from './resources.ts';
export { confirmsRisk, saysSafe } from './safe-statement.ts';
export { detectScopeQuestion, type ScopeQuestion, scopeReply, scopeStatement } from './scope.ts';
export {
  INITIAL_SAFETY_STATE,
  markSafetyCheckDone,
  mostUrgent,
  reduceSafety,
  SAFETY_PHASES,
  type SafetyPhase,
  type SafetyState,
  safetyCheckOwed,
} from './state.ts';

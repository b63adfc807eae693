export type {
  NudgeKind,
  NudgeScheduledEvent,
  SessionEvent,
  SessionEventType,
  TherapistSaidEvent,
} from './events.ts';
export { applyEvent, foldEvents } from './fold.ts';
export { initialState, type PendingNudgeState, type SessionState } from './state.ts';
export { CRISIS_WORD_BUDGET, wordBudgetFor } from './word-budget.ts';

export { type CoachRuntime, type CoachRuntimeOptions, createCoachSession } from './coach-session.ts';
export { createClockTimers, NO_LOG, type NudgeTimers, type SessionLog } from './persistence.ts';
export type {
  CoachSession,
  CoachSessionOptions,
  CoachTurn,
  PendingNudge,
  TherapistMessage,
} from './types.ts';

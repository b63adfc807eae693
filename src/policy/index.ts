export { DEFAULT_HOLD_MS, DEFAULT_NUDGE_MS, type ScheduledNudge } from './answer-requests.ts';
export { type Decision, decide } from './decide.ts';

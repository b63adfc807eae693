import type { ErrorCode } from '../spec/errors.ts';

/** The one place error codes become process exit codes: 2 for anything the user can fix. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  usage: 2,
  'invalid-input': 2,
  'not-found': 2,
  'too-large': 2,
  conflict: 3,
  unauthorized: 2,
  'rate-limited': 3,
  config: 2,
  storage: 2,
  unavailable: 3,
  llm: 3,
  internal: 1,
};

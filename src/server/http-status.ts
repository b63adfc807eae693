import type { ErrorCode } from '../spec/errors.ts';

/** The one place error codes become HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  usage: 400,
  'invalid-input': 400,
  'not-found': 404,
  'too-large': 413,
  conflict: 409,
  unauthorized: 401,
  'rate-limited': 429,
  config: 500,
  storage: 503,
  unavailable: 503,
  llm: 502,
  internal: 500,
};

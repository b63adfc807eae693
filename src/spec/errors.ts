/**
 * Every error a user can cause or fix is a TinystepError: a stable code, a one-line message
 * saying what was wrong and where, and a hint saying what to do. The CLI and server map codes
 * to exit codes and HTTP statuses in one place each.
 */
export const ERROR_CODES = [
  'usage', // bad flag, bad verb, bad argument
  'invalid-input', // a file or body that does not parse or validate
  'not-found', // a session, file or persona that does not exist
  'too-large', // input over a limit
  'conflict', // optimistic concurrency: someone else appended first
  'unauthorized', // missing or wrong token
  'rate-limited',
  'config', // bad environment or configuration
  'storage', // database cannot be opened, is corrupt, read-only, full
  'unavailable', // a dependency (database, model) is down
  'llm', // a model answered badly or not at all
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class TinystepError extends Error {
  override readonly name = 'TinystepError';
  readonly code: ErrorCode;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
  }
}

export function isTinystepError(value: unknown): value is TinystepError {
  return value instanceof TinystepError;
}

import { isTinystepError } from '../spec/errors.ts';
import { EXIT_CODES } from './exit-codes.ts';

/**
 * Prints an error as one line (plus a hint line) and returns the exit code. Stack traces only
 * with --debug: session text may be in a message's cause, and users need what to do, not where.
 */
export function reportError(
  error: unknown,
  options: { debug: boolean; write?: (line: string) => void },
): number {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (isTinystepError(error)) {
    write(`tinystep: ${error.message}`);
    if (error.hint) write(`  hint: ${error.hint}`);
    if (options.debug && error.stack) write(error.stack);
    return EXIT_CODES[error.code];
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  write(`tinystep: unexpected error: ${message}`);
  if (options.debug && error instanceof Error && error.stack) write(error.stack);
  else write('  hint: rerun with --debug for details, and report it if it persists');
  return 1;
}

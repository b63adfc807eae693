/**
 * Imported first by the npm scripts that stop on a `TinystepError` thrown at top level (realism:*,
 * judge:*): the error is printed as the CLI prints it — one line and a hint, exit 2 for a usage
 * error — instead of Node's stack trace (the project's rule for bad input, scripts included).
 */
import { reportError } from '../src/cli/report-error.ts';

const stop = (error: unknown) => {
  process.exitCode = reportError(error, { debug: process.env.TINYSTEP_DEBUG === '1' });
  process.exit();
};
process.on('uncaughtException', stop);
process.on('unhandledRejection', stop);

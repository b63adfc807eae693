import { readFileSync } from 'node:fs';
import { holdOptimiser } from './optimiser-hold.ts';

const argv = process.argv.slice(2);
// a reply is over before optimised code pays back its compilation (reply.ts lets it go on long input)
if (argv[0] === 'reply') holdOptimiser();
// `tinystep --help` from the compiled CLI: the help text the build saved (dist/cli/help.txt, made by
// running this very program), so listing the verbs does not load every verb's world
if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
  try {
    process.stdout.write(readFileSync(new URL('./help.txt', import.meta.url), 'utf8'));
    process.exit(0);
  } catch {
    // running from the sources, or no saved help: build it below
  }
}
const { runCli } = await import('./program.ts');

// `tinystep understand big.txt | head` closes the pipe early: stop quietly, as Unix tools do
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const controller = new AbortController();
let interrupted = false;
process.on('SIGINT', () => {
  // first Ctrl-C asks the verb to finish properly (chat prints its summary); the second forces
  if (interrupted) process.exit(130);
  interrupted = true;
  controller.abort();
});
process.on('SIGTERM', () => controller.abort());

const code = await runCli(argv, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = code;
// verbs that hold timers or sockets close them; this only guards against a stray handle
if (!['serve', 'start', 'chat'].includes(process.argv[2] ?? ''))
  setTimeout(() => process.exit(code), 50).unref();

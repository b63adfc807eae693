import { runCli } from './program.ts';

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

const code = await runCli(process.argv.slice(2), {
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

import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../program.ts';

export type CliRun = { code: number; out: string; err: string };

/**
 * Runs the CLI in this process with its own streams, the way tests drive a verb through the
 * front door without spawning a process.
 * @example const { code, out } = await runCliInProcess(['eval', 'a.txt', '--json'], { cwd: folder });
 */
export async function runCliInProcess(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  const code = await runCli(argv, {
    stdin: options.stdin === undefined ? new PassThrough() : Readable.from([options.stdin]),
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    signal: new AbortController().signal,
  });
  return { code, out, err };
}

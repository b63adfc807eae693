import type { Readable, Writable } from 'node:stream';

/** What a CLI verb may touch; passed in so tests run verbs in-process with their own streams. */
export type CliContext = {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Resolves when the verb wants to end early (Ctrl-C); long-running verbs listen to it. */
  signal: AbortSignal;
};

export function writeLine(stream: Writable, line: string): void {
  stream.write(`${line}\n`);
}

import { SingleBar } from 'cli-progress';
import type { CliContext } from '../context.ts';

/**
 * A progress bar on stderr when it is a terminal. Otherwise silent, unless `label` is given:
 * slow runs (an LLM client, seconds per turn) then print one plain line per finished session,
 * so a log shows the run is alive. Figures only, never session text.
 */
export function createProgress(
  context: CliContext,
  label?: string,
): {
  update: (done: number, total: number) => void;
  stop: () => void;
} {
  const stream = context.stderr as NodeJS.WriteStream;
  if (!stream.isTTY) {
    if (!label) return { update: () => {}, stop: () => {} };
    return {
      update(done, total) {
        stream.write(`sessions ${done}/${total} (${label})\n`);
      },
      stop: () => {},
    };
  }
  const bar = new SingleBar({
    stream,
    format: `sessions [{bar}] {value}/{total} {eta}s left${label ? ` (${label})` : ''}`,
    hideCursor: true,
  });
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

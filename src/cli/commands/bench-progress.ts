import { SingleBar } from 'cli-progress';
import type { CliContext } from '../context.ts';

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, tests). */
export function createProgress(context: CliContext): {
  update: (done: number, total: number) => void;
  stop: () => void;
} {
  const stream = context.stderr as NodeJS.WriteStream;
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({
    stream,
    format: 'sessions [{bar}] {value}/{total} {eta}s left',
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

/**
 * A session's turns and nudge firings run one at a time, in the order they arrive: each waits for the
 * one before it, and a failed one does not stop the next.
 */
export type SerialQueue = {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Works queued or running; 0 when a nudge may be said at once, outside the queue. */
  readonly inFlight: number;
};

export function createSerialQueue(): SerialQueue {
  let queue: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      inFlight += 1;
      const result = queue.then(work).finally(() => {
        inFlight -= 1;
      });
      queue = result.catch(() => {});
      return result;
    },
    get inFlight() {
      return inFlight;
    },
  };
}

import { TinystepError } from '../spec/errors.ts';

/**
 * Messages per authorised session in a fixed window. It runs after the token check, so made-up
 * tokens cannot buy fresh buckets; the per-address limit of @fastify/rate-limit still applies.
 */
export function createSessionRateLimit(options: { max: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    /** Counts one message; throws 'rate-limited' (with seconds to wait) when the session is over its limit. */
    take(sessionId: string): void {
      const at = now();
      if (windows.size > 100_000) {
        for (const [id, window] of windows) if (at - window.startedAt >= options.windowMs) windows.delete(id);
      }
      let window = windows.get(sessionId);
      if (!window || at - window.startedAt >= options.windowMs) {
        window = { startedAt: at, count: 0 };
        windows.set(sessionId, window);
      }
      window.count++;
      if (window.count > options.max) {
        const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + options.windowMs - at) / 1000));
        throw new TinystepError('rate-limited', `too many messages for this session`, {
          hint: `wait ${retryAfterSeconds} s (Retry-After)`,
        });
      }
    },
    retryAfterSeconds(sessionId: string): number {
      const window = windows.get(sessionId);
      return window ? Math.max(1, Math.ceil((window.startedAt + options.windowMs - now()) / 1000)) : 1;
    },
  };
}

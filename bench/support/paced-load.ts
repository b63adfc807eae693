import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

export type PacedRequest = { path: string; headers: Record<string, string>; body: string };

export type PacedResult = {
  sent: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** ms from each request's scheduled time to the end of its response, in the order they ended */
  latencies: number[];
  seconds: number;
  /** requests that left more than 5 ms after their scheduled time (the load generator fell behind) */
  lateStarts: number;
};

/**
 * An open-loop load generator: POSTs at evenly spaced times (rate per second, for seconds) on a pool
 * of keep-alive connections, whatever the answers do. Latency counts from the scheduled time, so a
 * slow server cannot hide its queue by slowing the sender (no coordinated omission).
 */
export async function pacedLoad(
  url: string,
  options: { rate: number; seconds: number; sockets: number; next: () => PacedRequest },
): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.sockets });
  const interval = 1000 / options.rate;
  const total = Math.round(options.rate * options.seconds);
  const result: PacedResult = {
    sent: total,
    ok: 0,
    non2xx: 0,
    errors: 0,
    latencies: [],
    seconds: 0,
    lateStarts: 0,
  };
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const due = started + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    if (performance.now() - due > 5) result.lateStarts++;
    const { path, headers, body } = options.next();
    inFlight.push(
      new Promise<void>((resolve) => {
        const request = httpRequest(
          `${url}${path}`,
          {
            method: 'POST',
            agent,
            headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          },
          (response) => {
            response.resume();
            response.on('end', () => {
              result.latencies.push(performance.now() - due);
              if (response.statusCode !== undefined && response.statusCode < 300) result.ok++;
              else result.non2xx++;
              resolve();
            });
          },
        );
        request.on('error', () => {
          result.errors++;
          resolve();
        });
        request.end(body);
      }),
    );
  }
  await Promise.all(inFlight);
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

/** The value below which `share` of the values fall (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.slice().sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

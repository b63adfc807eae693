import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createRealClock } from '../clock/real-clock.ts';
import { replyToTranscript } from '../coach/replay.ts';
import { SessionHub } from '../durable/session-hub.ts';
import type { LlmConfig } from '../llm/config.ts';
import { createRealizerFromConfig } from '../realizer/llm-realizer.ts';
import type { Clock } from '../spec/clock.ts';
import { openStore } from '../store/open-store.ts';
import { buildApp } from './app.ts';
import { evaluatorReport } from './evaluator-report.ts';
import { createHubService } from './hub-service.ts';
import { WEB_ROOT } from './web-build.ts';

export type StartServerOptions = {
  port: number;
  host?: string;
  db?: string;
  pg?: string;
  log?: boolean;
  logStream?: { write(line: string): void };
  corsOrigins?: string[];
  rateLimit?: { perAddress: number; perToken: number };
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
  webRoot?: string;
  /** A model to phrase the coach's turns; templates (nothing sent anywhere) when absent or 'none'. */
  llm?: LlmConfig;
};

export type RunningServer = {
  url: string;
  app: FastifyInstance;
  hub: SessionHub;
  storeDescription: string;
  close(): Promise<void>;
};

/** Opens the store, starts the nudge scheduler and listens. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const store = await openStore({ db: options.db, pg: options.pg });
  const clock = options.clock ?? createRealClock();
  const realizer =
    options.llm && options.llm.provider !== 'none' ? createRealizerFromConfig(options.llm) : undefined;
  const hub = new SessionHub({
    store,
    clock,
    ...(realizer ? { realizerFor: () => realizer } : {}),
    onError: (error) => {
      // one line, no session text: errors from the store or scheduler carry none
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`tinystep: nudge delivery problem: ${message.split('\n')[0]}\n`);
    },
  });
  await hub.start();
  const app = await buildApp({
    service: createHubService(hub),
    report: evaluatorReport,
    replyToTranscript: async (turns, { seed }) => {
      const [reply] = await replyToTranscript(turns, { seed, which: 'last', realizer });
      return { text: reply?.text ?? '' };
    },
    webRoot: options.webRoot ?? WEB_ROOT,
    corsOrigins: options.corsOrigins,
    rateLimit: options.rateLimit,
    log: options.log,
    logStream: options.logStream,
  });
  app.addHook('onClose', async () => {
    await store.close();
  });
  await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  const host =
    options.host && options.host !== '127.0.0.1' && options.host !== '0.0.0.0' ? options.host : 'localhost';
  return {
    url: `http://${host}:${address.port}`,
    app,
    hub,
    storeDescription: options.pg ? 'PostgreSQL' : `SQLite at ${options.db ?? './data/tinystep.db'}`,
    close: () => app.close(),
  };
}

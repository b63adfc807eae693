import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createRealClock } from '../clock/real-clock.ts';
import { createLocalBus, type MessageBus } from '../durable/message-bus.ts';
import { createPostgresBus } from '../durable/pg-bus.ts';
import { SessionHub } from '../durable/session-hub.ts';
import type { LlmConfig } from '../llm/config.ts';
import { createRealizerFromConfig } from '../realizer/llm-realizer.ts';
import type { SafetyConfig } from '../safety/index.ts';
import type { Clock } from '../spec/clock.ts';
import { openStore } from '../store/open-store.ts';
import type { SessionStore } from '../store/types.ts';
import { buildApp } from './app.ts';
import { evaluatorReport } from './evaluator-report.ts';
import { createHubService } from './hub-service.ts';
import { createPushService, type PushService } from './push-service.ts';
import { createTranscriptReply } from './transcript-reply.ts';
import { WEB_ROOT } from './web-build.ts';

export type StartServerOptions = {
  port: number;
  host?: string;
  db?: string;
  pg?: string;
  /** PostgreSQL schema (default TINYSTEP_PG_SCHEMA from `env`, else 'public'). */
  schema?: string;
  log?: boolean;
  logStream?: { write(line: string): void };
  corsOrigins?: string[];
  rateLimit?: { perAddress: number; perToken: number };
  clock?: Clock;
  env?: NodeJS.ProcessEnv;
  webRoot?: string;
  /** A model to phrase the coach's turns; templates (nothing sent anywhere) when absent or 'none'. */
  llm?: LlmConfig;
  /** The deployer's crisis resources (TINYSTEP_SAFETY_CONFIG); the built-in ones otherwise. */
  safetyConfig?: SafetyConfig;
};

export type RunningServer = {
  url: string;
  app: FastifyInstance;
  hub: SessionHub;
  storeDescription: string;
  close(): Promise<void>;
};

/** Several instances on one PostgreSQL: streams and scheduler wake-ups fan out through it. */
async function openBus(
  pg: string | undefined,
  schema: string | undefined,
  store: SessionStore,
): Promise<MessageBus> {
  if (!pg) return createLocalBus();
  try {
    return await createPostgresBus({
      url: pg,
      schema: schema ?? 'public',
      store,
      // one line, no session text: the bus reports connection trouble only
      onError: (error) =>
        process.stderr.write(
          `tinystep: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
        ),
    });
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * A fired nudge also goes to the session's subscribed browsers. Only the instance that fired it
 * publishes it, so each nudge is pushed once; the push runs beside the stream, never delaying it.
 */
function withPushForNudges(
  bus: MessageBus,
  push: PushService | undefined,
  onError: (error: unknown) => void,
): MessageBus {
  if (!push) return bus;
  return {
    subscribe: (sessionId, listener) => bus.subscribe(sessionId, listener),
    close: () => bus.close(),
    ...(bus.onNudgesChanged
      ? { onNudgesChanged: (listener: () => void) => bus.onNudgesChanged?.(listener) }
      : {}),
    ...(bus.nudgesChanged ? { nudgesChanged: () => bus.nudgesChanged?.() ?? Promise.resolve() } : {}),
    async publish(sessionId, message) {
      await bus.publish(sessionId, message);
      if (message.nudge) void push.sendNudge(sessionId, message).catch(onError);
    },
  };
}

/** Opens the store, starts the nudge scheduler and listens. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const schema = options.pg ? (options.schema ?? (options.env?.TINYSTEP_PG_SCHEMA || undefined)) : undefined;
  const store = await openStore({ db: options.db, pg: options.pg, schema });
  const reportProblem = (error: unknown) => {
    // one line, no session text: errors from the store, scheduler or push service carry none
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tinystep: nudge delivery problem: ${message.split('\n')[0]}\n`);
  };
  const push = store.push
    ? await createPushService(store.push, {
        subject: (options.env ?? process.env).TINYSTEP_PUSH_SUBJECT || undefined,
        onError: reportProblem,
      })
    : undefined;
  const bus = withPushForNudges(await openBus(options.pg, schema, store), push, reportProblem);
  const clock = options.clock ?? createRealClock();
  const realizer =
    options.llm && options.llm.provider !== 'none' ? createRealizerFromConfig(options.llm) : undefined;
  const hub = new SessionHub({
    store,
    clock,
    bus,
    ...(realizer ? { realizerFor: () => realizer } : {}),
    safetyConfig: options.safetyConfig,
    onError: reportProblem,
  });
  await hub.start();
  const app = await buildApp({
    service: createHubService(hub),
    report: evaluatorReport,
    replyToTranscript: createTranscriptReply({
      clock,
      ...(realizer ? { realizer } : {}),
      safetyConfig: options.safetyConfig,
    }),
    webRoot: options.webRoot ?? WEB_ROOT,
    ...(push ? { push } : {}),
    safetyConfig: options.safetyConfig,
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

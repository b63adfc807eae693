import { existsSync } from 'node:fs';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { SafetyConfig } from '../safety/config.ts';
import { installErrorHandler } from './error-handler.ts';
import type { PushService } from './push-service.ts';
import type { ReportRenderer } from './report.ts';
import { type ReplyToTranscript, registerChatCompletionsRoute } from './routes/chat-completions.ts';
import { registerCrisisResourceRoute } from './routes/crisis-resources.ts';
import { createOpenStreams, registerEventRoutes } from './routes/events.ts';
import { registerPushRoutes } from './routes/push.ts';
import { registerSessionRoutes } from './routes/sessions.ts';
import { securityHeaders } from './security-headers.ts';
import type { SessionService } from './session-service.ts';

export const BODY_LIMIT_BYTES = 64 * 1024;

export type AppOptions = {
  service: SessionService;
  report: ReportRenderer;
  replyToTranscript: ReplyToTranscript;
  /** Folder with the built web UI (index.html); the API alone when absent. */
  webRoot?: string;
  /** Origins allowed by CORS; none (same-origin only) unless configured. */
  corsOrigins?: string[];
  /** Requests per minute per address (all routes) and per session token (messages). */
  rateLimit?: { perAddress: number; perToken: number };
  /** The deployer's crisis resources (the page's banner and country chooser); the built-in ones otherwise. */
  safetyConfig?: SafetyConfig;
  /** Web Push for nudges to a closed tab; without it the page gets nudges only while open. */
  push?: PushService;
  /** Log request lines (method and path only: never bodies, never query strings with tokens). */
  log?: boolean;
  /** Where log lines go (stdout by default); tests pass a stream to read them back. */
  logStream?: { write(line: string): void };
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: false,
    logger: options.log
      ? {
          level: 'info',
          ...(options.logStream ? { stream: options.logStream } : {}),
          serializers: {
            req: (request) => ({ method: request.method, path: String(request.url).split('?')[0] }),
            res: (reply) => ({ statusCode: reply.statusCode }),
          },
        }
      : false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // JSON only: fastify would otherwise take text/plain bodies and fail them later as a 400, not a 415
  app.removeContentTypeParser('text/plain');
  // API answers are private to one session: no browser or proxy may keep them
  app.addHook('onSend', (request, reply, payload, done) => {
    if (/^\/(?:api|v1)\//.test(request.url)) reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    await app.register(cors, { origin: options.corsOrigins });
  }
  const limits = options.rateLimit ?? { perAddress: 600, perToken: 120 };
  await app.register(rateLimit, {
    max: limits.perAddress,
    timeWindow: 60_000,
    keyGenerator: (request) => request.ip,
  });

  const streams = createOpenStreams();
  registerSessionRoutes(app, options.service, {
    report: options.report,
    messageRateLimit: { max: limits.perToken, timeWindow: 60_000 },
    onErased: (sessionId) => streams.endAll(sessionId),
  });
  registerEventRoutes(app, options.service, streams);
  registerCrisisResourceRoute(app, options.safetyConfig);
  if (options.push) registerPushRoutes(app, options.service, options.push);
  registerChatCompletionsRoute(app, options.replyToTranscript);
  app.get('/api/health', async () => ({ ok: true }));

  if (options.webRoot && existsSync(`${options.webRoot}/index.html`)) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', index: ['index.html'] });
  }
  app.addHook('onClose', async () => options.service.close());
  return app;
}

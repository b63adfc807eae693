import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tokenFrom } from '../auth.ts';
import type { ReportRenderer } from '../report.ts';
import { createSessionRateLimit } from '../session-rate-limit.ts';
import type { SessionService } from '../session-service.ts';
import { Locale } from './locale-field.ts';

export const MAX_MESSAGE_CHARACTERS = 4000;

const SessionParams = z.object({ id: z.string().min(1).max(100) });
// the person's IANA zone ("Europe/London"), as the browser's Intl reports it; one this server's
// Intl cannot use would silently become UTC in the clock-time maths, so it is refused here
const TimeZone = z
  .string()
  .max(64)
  .refine(isKnownTimeZone, 'an IANA time zone like Europe/London or America/New_York');
const NewSessionBody = z.object({ locale: Locale.optional(), timeZone: TimeZone.optional() });
const MessageBody = z.object({
  // the country the person has chosen now, if it changed since the session began
  locale: Locale.optional(),
  text: z
    .string()
    .trim()
    .min(1, 'text is empty')
    .max(MAX_MESSAGE_CHARACTERS, `text is over ${MAX_MESSAGE_CHARACTERS} characters`),
});

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function registerSessionRoutes(
  app: FastifyInstance,
  service: SessionService,
  options: {
    report: ReportRenderer;
    messageRateLimit: { max: number; timeWindow: number };
    /** After an erasure: end the session's open event streams. */
    onErased?: (sessionId: string) => void;
  },
): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  // per session, after the token check (see session-rate-limit.ts); per address comes from the plugin
  const sessionLimit = createSessionRateLimit({
    max: options.messageRateLimit.max,
    windowMs: options.messageRateLimit.timeWindow,
  });
  const authorize = async (request: { headers: Record<string, unknown>; query: unknown }, id: string) => {
    await service.authorize(id, tokenFrom(request.headers, request.query));
  };

  typed.post('/api/sessions', { schema: { body: NewSessionBody.optional() } }, async (request, reply) => {
    const created = await service.create({
      ...(request.body?.locale ? { locale: request.body.locale } : {}),
      ...(request.body?.timeZone ? { timeZone: request.body.timeZone } : {}),
    });
    return reply.status(201).send(created);
  });

  typed.post(
    '/api/sessions/:id/messages',
    {
      schema: { params: SessionParams, body: MessageBody },
    },
    async (request, reply) => {
      await authorize(request, request.params.id);
      try {
        sessionLimit.take(request.params.id);
      } catch (error) {
        reply.header('retry-after', String(sessionLimit.retryAfterSeconds(request.params.id)));
        throw error;
      }
      return service.send(
        request.params.id,
        request.body.text,
        request.body.locale ? { locale: request.body.locale } : undefined,
      );
    },
  );

  typed.get('/api/sessions/:id', { schema: { params: SessionParams } }, async (request) => {
    await authorize(request, request.params.id);
    return service.summary(request.params.id);
  });

  typed.get(
    '/api/sessions/:id/report',
    {
      schema: {
        params: SessionParams,
        querystring: z.object({ format: z.enum(['json', 'html', 'md']).optional() }),
      },
    },
    async (request, reply) => {
      await authorize(request, request.params.id);
      const turns = await service.transcript(request.params.id);
      const format = request.query.format ?? 'json';
      if (format === 'html') return reply.type('text/html; charset=utf-8').send(options.report.html(turns));
      if (format === 'md')
        return reply.type('text/markdown; charset=utf-8').send(options.report.markdown(turns));
      return options.report.json(turns);
    },
  );

  typed.delete('/api/sessions/:id', { schema: { params: SessionParams } }, async (request, reply) => {
    await authorize(request, request.params.id);
    await service.delete(request.params.id);
    options.onErased?.(request.params.id);
    return reply.status(204).send();
  });
}

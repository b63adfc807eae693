import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tokenFrom } from '../auth.ts';
import type { SessionService } from '../session-service.ts';

const HEARTBEAT_MS = 15_000;

/** Server-sent events: one `data:` JSON line per therapist message, nudges included, on every open stream. */
export function registerEventRoutes(app: FastifyInstance, service: SessionService): void {
  // open streams never end by themselves; without ending them, closing the server would wait forever
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/sessions/:id/events',
      { schema: { params: z.object({ id: z.string().min(1).max(100) }) } },
      async (request, reply) => {
        await service.authorize(request.params.id, tokenFrom(request.headers, request.query));
        reply.hijack();
        const raw = reply.raw;
        raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        raw.write(': connected\n\n');
        const unsubscribe = service.subscribe(request.params.id, (message) => {
          const payload = { role: 'therapist', text: message.text, at: message.at, nudge: message.nudge };
          raw.write(`data: ${JSON.stringify(payload)}\n\n`);
        });
        const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
        heartbeat.unref();
        const end = () => {
          open.delete(end);
          clearInterval(heartbeat);
          unsubscribe();
          raw.end();
        };
        open.add(end);
        request.raw.on('close', end);
      },
    );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isTinystepError } from '../../spec/errors.ts';
import { tokenFrom } from '../auth.ts';
import type { SessionService } from '../session-service.ts';

const HEARTBEAT_MS = 15_000;

/** Open streams per session, so an erasure can end them at once. */
export type OpenStreams = {
  add(sessionId: string, end: () => void): () => void;
  endAll(sessionId?: string): void;
};

export function createOpenStreams(): OpenStreams {
  const bySession = new Map<string, Set<() => void>>();
  return {
    add(sessionId, end) {
      const set = bySession.get(sessionId) ?? new Set();
      bySession.set(sessionId, set);
      set.add(end);
      return () => {
        set.delete(end);
        if (set.size === 0) bySession.delete(sessionId);
      };
    },
    endAll(sessionId) {
      const sets =
        sessionId === undefined ? [...bySession.values()] : [bySession.get(sessionId) ?? new Set()];
      for (const set of sets) for (const end of [...set]) end();
    },
  };
}

const LastEventId = z.coerce.number().int().min(-1).max(10_000_000);

/** The position the client has seen: the Last-Event-ID header (EventSource's reconnect), else `?lastEventId=`. */
function lastSeen(headers: Record<string, unknown>, query: { lastEventId?: string }): number | undefined {
  const raw = typeof headers['last-event-id'] === 'string' ? headers['last-event-id'] : query.lastEventId;
  if (raw === undefined || raw === '') return undefined;
  const parsed = LastEventId.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Server-sent events: one event per therapist message (nudges included) on every open stream, each
 * with `id:` its position in the session. A stream that comes back with `Last-Event-ID` (or
 * `?lastEventId=`) first gets what it missed — a nudge said while the server or the page was away
 * arrives once, on reconnect. Erasing the session ends its streams.
 */
export function registerEventRoutes(
  app: FastifyInstance,
  service: SessionService,
  streams: OpenStreams,
): void {
  // open streams never end by themselves; without ending them, closing the server would wait forever
  app.addHook('preClose', async () => streams.endAll());
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/sessions/:id/events',
    {
      schema: {
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: z.object({ access_token: z.string().optional(), lastEventId: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const sessionId = request.params.id;
      await service.authorize(sessionId, tokenFrom(request.headers, request.query));
      const seen = lastSeen(request.headers, request.query);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 2000\n\n: connected\n\n');
      let sent = seen ?? Number.POSITIVE_INFINITY;
      let ended = false;
      // catch-ups run one after another, so events leave in order and never twice
      let queue = Promise.resolve();
      const catchUp = () => {
        queue = queue.then(async () => {
          if (ended) return;
          try {
            const { messages, last } = await service.messagesSince(
              sessionId,
              Number.isFinite(sent) ? sent : Number.MAX_SAFE_INTEGER,
            );
            if (!Number.isFinite(sent)) {
              sent = last; // a fresh stream: the page has the history; only what comes next
              return;
            }
            for (const message of messages) {
              if (ended) return;
              if (message.role === 'therapist') {
                const payload = {
                  role: 'therapist',
                  text: message.text,
                  at: message.at,
                  nudge: message.nudge,
                };
                raw.write(`id: ${message.position}\ndata: ${JSON.stringify(payload)}\n\n`);
              }
              sent = message.position;
            }
          } catch (error) {
            // the session was erased (here or on another instance): nothing more will come
            if (isTinystepError(error) && error.code === 'not-found') end();
          }
        });
      };
      // subscribed before the first catch-up, so nothing said in between is missed
      const unsubscribe = service.subscribe(sessionId, () => catchUp());
      const heartbeat = setInterval(() => {
        raw.write(': ping\n\n');
        catchUp(); // also notices an erasure made on another instance
      }, HEARTBEAT_MS);
      heartbeat.unref();
      const forget = streams.add(sessionId, () => end());
      function end() {
        if (ended) return;
        ended = true;
        forget();
        clearInterval(heartbeat);
        unsubscribe();
        raw.end();
      }
      request.raw.on('close', end);
      catchUp();
    },
  );
}

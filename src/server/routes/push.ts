import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tokenFrom } from '../auth.ts';
import type { PushService } from '../push-service.ts';
import type { SessionService } from '../session-service.ts';

const base64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]+=*$/, 'base64url')
  .max(200);
// push services are HTTPS; plain HTTP only on this machine (a local push service, as in the tests)
const Endpoint = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  }, 'a push endpoint must be https');
const Subscription = z.object({
  endpoint: Endpoint,
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: base64url, auth: base64url }),
});

/** `GET /api/push/key` (the VAPID public key) and `POST /api/sessions/:id/push` (this browser's subscription). */
export function registerPushRoutes(app: FastifyInstance, service: SessionService, push: PushService): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/api/push/key', async () => ({ publicKey: push.publicKey }));
  typed.post(
    '/api/sessions/:id/push',
    { schema: { params: z.object({ id: z.string().min(1).max(100) }), body: Subscription } },
    async (request, reply) => {
      await service.authorize(request.params.id, tokenFrom(request.headers, request.query));
      const { endpoint, keys } = request.body;
      await push.subscribe(request.params.id, { endpoint, keys });
      return reply.status(201).send({ subscribed: true });
    },
  );
}

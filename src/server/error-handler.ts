import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isTinystepError } from '../spec/errors.ts';
import { HTTP_STATUS } from './http-status.ts';

export type ErrorBody = { error: { code: string; message: string; hint?: string } };

function body(code: string, message: string, hint?: string): ErrorBody {
  return { error: hint ? { code, message, hint } : { code, message } };
}

/** Every error leaves as `{"error": {"code", "message"}}` with the right status; never a stack. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isTinystepError(error)) {
      // RFC 6750: a 401 names the scheme it wants
      if (error.code === 'unauthorized') reply.header('www-authenticate', 'Bearer realm="tinystep"');
      return reply.status(HTTP_STATUS[error.code]).send(body(error.code, error.message, error.hint));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const where = issue?.instancePath ? issue.instancePath.replace(/^\//, '').replace(/\//g, '.') : 'body';
      return reply
        .status(400)
        .send(
          body(
            'invalid-input',
            `${where}: ${issue?.message ?? 'invalid'}`,
            'see the API section of the README',
          ),
        );
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(body('too-large', 'request body is over 64 KB', 'send shorter messages'));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .status(415)
        .send(body('unsupported-media-type', 'send JSON with content-type: application/json'));
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return reply
        .status(400)
        .send(body('invalid-input', 'the body is not valid JSON', 'send a JSON object'));
    }
    if (error.statusCode === 429) {
      return reply
        .status(429)
        .send(body('rate-limited', 'too many requests', 'wait for Retry-After seconds'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('invalid-input', error.message));
    }
    // unexpected: log the kind, never the request body (it may hold session text)
    request.log.error({ errorName: error.name, errorCode: error.code }, 'unexpected error');
    return reply.status(500).send(body('internal', 'something went wrong on our side', 'try again'));
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('not-found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });
}

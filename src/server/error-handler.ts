import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isTinystepError } from '../spec/errors.ts';
import { HTTP_STATUS } from './http-status.ts';

export type ErrorBody = { error: { code: string; message: string; hint?: string } };

/** OpenAI's error shape (`/v1/…` routes), a superset of ours: `code` and `message` are there too. */
export type OpenAiErrorBody = {
  error: { message: string; type: string; param: string | null; code: string };
};

type Failure = { status: number; code: string; message: string; hint?: string; param?: string };

function shaped(request: FastifyRequest, failure: Failure): ErrorBody | OpenAiErrorBody {
  if (request.url.startsWith('/v1/')) {
    const type =
      failure.status === 401
        ? 'authentication_error'
        : failure.status === 429
          ? 'rate_limit_error'
          : failure.status >= 500
            ? 'server_error'
            : 'invalid_request_error';
    return { error: { message: failure.message, type, param: failure.param ?? null, code: failure.code } };
  }
  const { code, message, hint } = failure;
  return { error: hint ? { code, message, hint } : { code, message } };
}

/** The failure an error stands for; undefined for an unexpected one. */
function failureOf(error: FastifyError): Failure | undefined {
  if (isTinystepError(error)) {
    const param = /^(messages\.\d+\.content)\b/.exec(error.message)?.[1];
    return {
      status: HTTP_STATUS[error.code],
      code: error.code,
      message: error.message,
      hint: error.hint,
      ...(param ? { param } : {}),
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issue = error.validation[0];
    const where = issue?.instancePath ? issue.instancePath.replace(/^\//, '').replace(/\//g, '.') : 'body';
    return {
      status: 400,
      code: 'invalid-input',
      message: `${where}: ${issue?.message ?? 'invalid'}`,
      hint: 'see the API section of the README',
      param: where,
    };
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return {
      status: 413,
      code: 'too-large',
      message: 'request body is over 64 KB',
      hint: 'send shorter messages',
    };
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return {
      status: 415,
      code: 'unsupported-media-type',
      message: 'send JSON with content-type: application/json',
    };
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return {
      status: 400,
      code: 'invalid-input',
      message: 'the body is not valid JSON',
      hint: 'send a JSON object',
    };
  if (error.statusCode === 429)
    return {
      status: 429,
      code: 'rate-limited',
      message: 'too many requests',
      hint: 'wait for Retry-After seconds',
    };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return { status: error.statusCode, code: 'invalid-input', message: error.message };
  return undefined;
}

/** Every error leaves as `{"error": {"code", "message"}}` (OpenAI's shape on `/v1/`) with the right status; never a stack. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const failure = failureOf(error);
    if (!failure) {
      // unexpected: log the kind, never the request body (it may hold session text)
      request.log.error({ errorName: error.name, errorCode: error.code }, 'unexpected error');
      const internal = {
        status: 500,
        code: 'internal',
        message: 'something went wrong on our side',
        hint: 'try again',
      };
      return reply.status(500).send(shaped(request, internal));
    }
    // RFC 6750: a 401 names the scheme it wants
    if (failure.status === 401) reply.header('www-authenticate', 'Bearer realm="tinystep"');
    return reply.status(failure.status).send(shaped(request, failure));
  });
  app.setNotFoundHandler((request, reply) => {
    const message = `no route ${request.method} ${request.url.split('?')[0]}`;
    reply.status(404).send(shaped(request, { status: 404, code: 'not-found', message }));
  });
}

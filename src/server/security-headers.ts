import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import helmet from 'helmet';

type HeaderMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const contentSecurityPolicy = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    // helmet adds this by default; on plain HTTP (`--host` on a LAN address) the browser then
    // asks for every script over HTTPS, which is not there, and the page stays blank
    upgradeInsecureRequests: null,
  },
};

// worked out once: @fastify/helmet builds helmet's middleware anew (parsing the policy again) on
// every request, about 60 µs each
const forTrustworthyOrigins = helmet({ contentSecurityPolicy });
// on plain HTTP to a name that is not loopback, browsers ignore Cross-Origin-Opener-Policy and
// Origin-Agent-Cluster and say so in the console (an error for COOP) on every page load
const forPlainHttp = helmet({
  contentSecurityPolicy,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
});

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/**
 * Whether the browser sees this page's origin as plain, untrusted HTTP: no TLS here, none at a
 * proxy in front (X-Forwarded-Proto; a forged one only changes the sender's own headers), and a
 * host that is not loopback.
 */
export function isPlainHttpOrigin(request: IncomingMessage): boolean {
  if ((request.socket as TLSSocket).encrypted) return false;
  const forwarded = request.headers['x-forwarded-proto'];
  if (typeof forwarded === 'string' && /^\s*https\b/i.test(forwarded)) return false;
  return !LOOPBACK_HOST.test(request.headers.host ?? '');
}

/** Helmet's headers, less the two that a plain-HTTP origin cannot use. */
export const securityHeaders: HeaderMiddleware = (request, response, next) =>
  (isPlainHttpOrigin(request) ? forPlainHttp : forTrustworthyOrigins)(request, response, next);

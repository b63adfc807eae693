import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TinystepError } from '../spec/errors.ts';

/** A capability for one session: 256 random bits, shown once, stored only as its hash. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tokenMatches(token: string, expectedHash: string | undefined): boolean {
  if (!expectedHash) return false;
  const actual = Buffer.from(hashToken(token), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The bearer token from the Authorization header, or `?access_token=` (EventSource cannot set headers). */
export function tokenFrom(headers: Record<string, unknown>, query: unknown): string {
  const header = headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (match) return match[1];
  }
  const fromQuery = (query as { access_token?: unknown } | undefined)?.access_token;
  if (typeof fromQuery === 'string' && fromQuery) return fromQuery;
  throw new TinystepError('unauthorized', 'missing session token', {
    hint: 'send "Authorization: Bearer <token>" with the token from POST /api/sessions',
  });
}

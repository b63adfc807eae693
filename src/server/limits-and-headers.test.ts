import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSession, startTestServer } from './test-support.ts';

const json = { 'content-type': 'application/json' };

function assertErrorShape(body: unknown, code: string): void {
  const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
  assert.ok(error, 'the body is {"error": {...}}');
  assert.equal(error.code, code);
  assert.equal(typeof error.message, 'string');
  assert.ok(String(error.message).length > 0);
}

test('bad bodies: over 64 KB is 413, a message over 4,000 characters or invalid JSON is 400', async () => {
  const server = await startTestServer();
  try {
    const { id, token } = await createSession(server.url);
    const url = `${server.url}/api/sessions/${id}/messages`;
    const headers = { ...json, authorization: `Bearer ${token}` };
    const huge = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'a'.repeat(70_000) }),
    });
    assert.equal(huge.status, 413);
    assertErrorShape(await huge.json(), 'too-large');

    const long = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'a'.repeat(4001) }),
    });
    assert.equal(long.status, 400);
    assertErrorShape(await long.json(), 'invalid-input');
    const longest = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'a'.repeat(4000) }),
    });
    assert.equal(longest.status, 200, 'exactly 4,000 characters is allowed');

    const broken = await fetch(url, { method: 'POST', headers, body: '{"text": "unfinished' });
    assert.equal(broken.status, 400);
    assertErrorShape(await broken.json(), 'invalid-input');

    const empty = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ text: '   ' }) });
    assert.equal(empty.status, 400);
    assertErrorShape(await empty.json(), 'invalid-input');

    const unknownRoute = await fetch(`${server.url}/api/nothing-here`);
    assert.equal(unknownRoute.status, 404);
    assertErrorShape(await unknownRoute.json(), 'not-found');
  } finally {
    await server.stop();
  }
});

test('too many messages from one token get 429 with Retry-After; other sessions are unaffected', async () => {
  const server = await startTestServer({ rateLimit: { perAddress: 1000, perToken: 3 } });
  try {
    const noisy = await createSession(server.url);
    const quiet = await createSession(server.url);
    const send = (session: { id: string; token: string }) =>
      fetch(`${server.url}/api/sessions/${session.id}/messages`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ text: 'hello' }),
      });
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let index = 0; index < 5; index++) {
      const response = await send(noisy);
      statuses.push(response.status);
      if (response.status === 429) limited = response;
      else await response.arrayBuffer();
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    assert.ok(limited);
    assert.ok(Number(limited.headers.get('retry-after')) > 0, 'Retry-After says how long to wait');
    assertErrorShape(await limited.json(), 'rate-limited');
    const other = await send(quiet);
    assert.equal(other.status, 200, 'a different token has its own budget');
  } finally {
    await server.stop();
  }
});

test('too many requests from one address get 429 with Retry-After', async () => {
  const server = await startTestServer({ rateLimit: { perAddress: 4, perToken: 100 } });
  try {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 6; index++) {
      const response = await fetch(`${server.url}/api/health`);
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
      await response.arrayBuffer();
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
    assert.ok(Number(retryAfter) > 0);
  } finally {
    await server.stop();
  }
});

test('made-up tokens on the messages route do not escape the per-address limit', async () => {
  const server = await startTestServer({ rateLimit: { perAddress: 4, perToken: 100 } });
  try {
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) {
      const response = await fetch(`${server.url}/api/sessions/some-id/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer fake-token-${index}` },
        body: JSON.stringify({ text: 'hello' }),
      });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    assert.deepEqual(statuses, [404, 404, 404, 404, 429, 429]);
  } finally {
    await server.stop();
  }
});

test('security headers are set and there is no CORS header unless origins are configured', async () => {
  const server = await startTestServer();
  try {
    const response = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /object-src 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(response.headers.get('strict-transport-security'));
    assert.ok(response.headers.get('x-frame-options'));
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${server.url}/api/sessions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  } finally {
    await server.stop();
  }
});

test('configured CORS origins are allowed, and only those', async () => {
  const server = await startTestServer({ corsOrigins: ['https://app.example'] });
  try {
    const allowed = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://app.example' } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://app.example');
    const other = await fetch(`${server.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const preflight = await fetch(`${server.url}/api/sessions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    assert.ok(preflight.status < 300);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://app.example');
  } finally {
    await server.stop();
  }
});

import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './test-support.ts';

// `--host` on a LAN address is plain HTTP to a name that is not loopback: the browser ignores
// Cross-Origin-Opener-Policy there and logs an error for it on every load, so it is not sent

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.stop();
});

/** The page's headers as a browser asking for `host` (and, behind a proxy, `forwardedProto`) gets them. */
function headersFor(
  host: string,
  forwardedProto?: string,
): Promise<Record<string, string | string[] | undefined>> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/',
        headers: { host, ...(forwardedProto ? { 'x-forwarded-proto': forwardedProto } : {}) },
      },
      (response) => {
        response.resume();
        resolve(response.headers);
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

test('a LAN address on plain HTTP gets no Cross-Origin-Opener-Policy nor Origin-Agent-Cluster', async () => {
  for (const host of ['192.0.2.2:3000', 'my-laptop.local:3000', 'tinystep.test']) {
    const headers = await headersFor(host);
    assert.equal(headers['cross-origin-opener-policy'], undefined, host);
    assert.equal(headers['origin-agent-cluster'], undefined, host);
    assert.match(String(headers['content-security-policy']), /default-src 'self'/, host);
    assert.equal(headers['x-content-type-options'], 'nosniff', host);
  }
});

test('loopback names and HTTPS behind a proxy keep every header', async () => {
  for (const [host, proto] of [
    ['localhost:3000', undefined],
    ['127.0.0.1:3000', undefined],
    ['[::1]:3000', undefined],
    ['coach.example.org', 'https'],
  ] as const) {
    const headers = await headersFor(host, proto);
    assert.equal(headers['cross-origin-opener-policy'], 'same-origin', host);
    assert.equal(headers['origin-agent-cluster'], '?1', host);
  }
});

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { parseSafetyConfig } from '../safety/config.ts';
import { createSession, openEventStream, say, startTestServer, type TestServer } from './test-support.ts';

// issue 20's server defects, each through real HTTP on 127.0.0.1 against a real SQLite file

let server: TestServer;
before(async () => {
  server = await startTestServer({ rateLimit: { perAddress: 10_000, perToken: 1_000 } });
});
after(async () => {
  await server.stop();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The database file and its write-ahead log as bytes, read without opening SQLite (no checkpoint). */
function fileBytes(): string {
  return [server.dbPath, `${server.dbPath}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

test('DELETE of an unknown session or one the token does not open is a 404, not a 401', async () => {
  const mine = await createSession(server.url);
  const other = await createSession(server.url);
  const notMine = await fetch(`${server.url}/api/sessions/${other.id}`, {
    method: 'DELETE',
    headers: bearer(mine.token),
  });
  const unknown = await fetch(`${server.url}/api/sessions/00000000-0000-0000-0000-000000000000`, {
    method: 'DELETE',
    headers: bearer(mine.token),
  });
  assert.equal(notMine.status, 404);
  assert.equal(unknown.status, 404);
  assert.equal(await notMine.text(), await unknown.text(), 'the two cannot be told apart');
  const noToken = await fetch(`${server.url}/api/sessions/${other.id}`, { method: 'DELETE' });
  assert.equal(noToken.status, 401, 'no credentials at all is still a 401');
  assert.match(String(noToken.headers.get('www-authenticate')), /^Bearer/);
});

test('an open event stream ends when its session is deleted', async () => {
  const session = await createSession(server.url);
  const stream = await openEventStream(server.url, session);
  const deleted = await fetch(`${server.url}/api/sessions/${session.id}`, {
    method: 'DELETE',
    headers: bearer(session.token),
  });
  assert.equal(deleted.status, 204);
  await stream.ended(5_000);
});

test('a deleted session’s text is gone from the database file and its WAL, without anyone checkpointing', async () => {
  const session = await createSession(server.url);
  const secret = 'quokka-lantern-5519';
  await say(server.url, session, `${secret} is the task I never mention; remind me in 10 minutes`);
  assert.ok(fileBytes().includes(secret), 'the text was on disk before the erasure');
  const deleted = await fetch(`${server.url}/api/sessions/${session.id}`, {
    method: 'DELETE',
    headers: bearer(session.token),
  });
  assert.equal(deleted.status, 204);
  assert.ok(!fileBytes().includes(secret), 'neither the file nor the WAL may still hold the text');
});

test('every API error has the one shape {"error":{"code","message"}}', async () => {
  const session = await createSession(server.url);
  const responses = await Promise.all([
    fetch(`${server.url}/api/sessions/${session.id}`), // 401
    fetch(`${server.url}/api/nothing-here`), // 404
    fetch(`${server.url}/api/sessions/${session.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(session.token) },
      body: '{"text": ""}',
    }), // 400
    fetch(`${server.url}/api/sessions/${session.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(session.token) },
      body: '{not json',
    }), // 400
    fetch(`${server.url}/api/sessions`, { method: 'PUT' }), // 404 (no route)
  ]);
  for (const response of responses) {
    assert.ok(response.status >= 400);
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    assert.equal(typeof body.error?.code, 'string', JSON.stringify(body));
    assert.equal(typeof body.error?.message, 'string', JSON.stringify(body));
  }
});

test('a body that is not JSON is a 415 on every route that takes one', async () => {
  const session = await createSession(server.url);
  const routes = ['/api/sessions', `/api/sessions/${session.id}/messages`, '/v1/chat/completions'];
  for (const route of routes) {
    const response = await fetch(`${server.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...bearer(session.token) },
      body: 'hello',
    });
    assert.equal(response.status, 415, route);
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(typeof body.error.message, 'string');
  }
});

test('API responses carry Cache-Control: no-store, errors included', async () => {
  const session = await createSession(server.url);
  const responses = [
    await fetch(`${server.url}/api/sessions/${session.id}`, { headers: bearer(session.token) }),
    await fetch(`${server.url}/api/sessions/${session.id}`),
    await fetch(`${server.url}/api/health`),
    await fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
    }),
  ];
  for (const response of responses) assert.match(String(response.headers.get('cache-control')), /no-store/);
});

test('the Content-Security-Policy does not upgrade requests, so plain HTTP on --host works', async () => {
  const response = await fetch(`${server.url}/api/health`);
  const policy = String(response.headers.get('content-security-policy'));
  assert.match(policy, /default-src 'self'/, 'a policy is still sent');
  assert.doesNotMatch(policy, /upgrade-insecure-requests/);
});

test('a nudge said while no stream was open is replayed once to a stream that reconnects with Last-Event-ID', async () => {
  const session = await createSession(server.url);
  const first = await openEventStream(server.url, session);
  await say(server.url, session, 'I have to file my expenses');
  const reply = await first.waitFor((message) => !message.nudge, 10_000);
  assert.ok(reply.id !== undefined, 'every event has an id');
  first.close();
  // the nudge comes due while nobody listens (as when the server was down and the page away)
  await say(server.url, session, 'nudge me in 1 second');
  const summaryAfterNudge = async () => {
    const response = await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: bearer(session.token),
    });
    return (await response.json()) as { messages: { nudge: boolean }[] };
  };
  for (let waited = 0; waited < 10_000; waited += 100) {
    if ((await summaryAfterNudge()).messages.some((message) => message.nudge)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const again = await openEventStream(server.url, session, { lastEventId: reply.id });
  const nudge = await again.waitFor((message) => message.nudge, 5_000);
  assert.ok(nudge.text.length > 0);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(again.received.filter((message) => message.nudge).length, 1, 'delivered once');
  assert.ok(
    again.received.some((message) => message.role === 'therapist' && !message.nudge),
    'the reply to "nudge me" was missed too, so it is replayed before the nudge',
  );
  again.close();
  // a stream opened without Last-Event-ID replays nothing (the page has the history already)
  const fresh = await openEventStream(server.url, session);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(fresh.received.length, 0);
  fresh.close();
});

test('"sure please remind me in a minute" schedules a nudge in a minute, not just a friendly reply', async () => {
  const session = await createSession(server.url);
  await say(server.url, session, 'I have to call the dentist');
  const { status, body } = await say(server.url, session, 'sure please remind me in a minute');
  assert.equal(status, 200);
  const nudges = body.nudges as { dueAt: number; afterMs: number }[];
  assert.equal(nudges.length, 1, JSON.stringify(body));
  assert.equal(nudges[0].afterMs, 60_000);
});

test('the page’s crisis lines come from the deployer’s list, per country, with the countries it names', async () => {
  const custom = await startTestServer({
    safetyConfig: parseSafetyConfig(
      {
        defaultLocale: 'en-GB',
        regions: {
          GB: {
            emergency: { name: 'Emergency', contact: 'call 999' },
            crisis: [{ name: 'Local line', contact: 'call 0800 111' }],
          },
          default: { emergency: { name: 'Emergency', contact: 'call your local number' }, crisis: [] },
        },
      },
      'test config',
    ),
  });
  try {
    const response = await fetch(`${custom.url}/api/crisis-resources?locale=en-GB`);
    const body = (await response.json()) as { countries: string[]; resources: { contact: string }[] };
    assert.deepEqual(body.countries, ['GB']);
    assert.equal(body.resources[0].contact, 'call 0800 111');
    const elsewhere = (await (await fetch(`${custom.url}/api/crisis-resources?locale=de-DE`)).json()) as {
      resources: { contact: string }[];
    };
    assert.deepEqual(
      elsewhere.resources.map((resource) => resource.contact),
      ['call your local number'],
    );
    const bad = await fetch(`${custom.url}/api/crisis-resources?locale=${encodeURIComponent('<script>')}`);
    assert.equal(bad.status, 400);
  } finally {
    await custom.stop();
  }
});

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { hashToken } from './auth.ts';
import { startTestServer, type TestServer } from './test-support.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.stop();
});

async function create(): Promise<{ id: string; token: string; messages: unknown[] }> {
  const response = await server.app.inject({ method: 'POST', url: '/api/sessions', payload: {} });
  assert.equal(response.statusCode, 201);
  return response.json();
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The database file and its write-ahead log, as bytes: what someone with the disk would see. */
function databaseBytes(): string {
  return [server.dbPath, `${server.dbPath}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

test('POST /api/sessions answers 201 with an id, a token and the coach’s opening', async () => {
  const created = await create();
  assert.match(created.id, /^[\w-]{8,}$/);
  assert.match(created.token, /^[\w-]{40,}$/);
  assert.ok(created.messages.length >= 1);
  const [opening] = created.messages as { role: string; text: string; nudge: boolean }[];
  assert.equal(opening.role, 'therapist');
  assert.ok(opening.text.length > 0);
  assert.equal(opening.nudge, false);
});

test('a message with the session token gets the coach’s reply in the documented shape', async () => {
  const { id, token } = await create();
  const response = await server.app.inject({
    method: 'POST',
    url: `/api/sessions/${id}/messages`,
    headers: bearer(token),
    payload: { text: 'I have to write an email to my landlord and keep avoiding it' },
  });
  assert.equal(response.statusCode, 200);
  const body = response.json();
  assert.ok(Array.isArray(body.messages) && body.messages.length >= 1);
  for (const message of body.messages) {
    assert.equal(message.role, 'therapist');
    assert.equal(typeof message.text, 'string');
    assert.equal(typeof message.at, 'number');
    assert.equal(typeof message.nudge, 'boolean');
  }
  assert.ok(Array.isArray(body.nudges));
});

test('no token is a 401; a wrong token and an unknown id get the same 404', async () => {
  const { id, token } = await create();
  const payload = { text: 'hello' };
  const url = `/api/sessions/${id}/messages`;
  const missing = await server.app.inject({ method: 'POST', url, payload });
  const wrong = await server.app.inject({ method: 'POST', url, payload, headers: bearer(`${token}x`) });
  const unknown = await server.app.inject({
    method: 'POST',
    url: '/api/sessions/00000000-0000-0000-0000-000000000000/messages',
    payload,
    headers: bearer(token),
  });
  assert.equal(missing.statusCode, 401);
  assert.equal(missing.json().error.code, 'unauthorized');
  for (const response of [wrong, unknown]) {
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, 'not-found');
  }
  assert.equal(wrong.body, unknown.body, 'a wrong token and an unknown id must not be told apart');
  const other = await create();
  const crossed = await server.app.inject({
    method: 'GET',
    url: `/api/sessions/${id}`,
    headers: bearer(other.token),
  });
  assert.equal(crossed.statusCode, 404, 'a token opens its own session only');
});

test('the token is stored only as its hash: the raw token is nowhere in the database file', async () => {
  const { id, token } = await create();
  await server.app.inject({
    method: 'POST',
    url: `/api/sessions/${id}/messages`,
    headers: bearer(token),
    payload: { text: 'a turn so the file has more than the session row' },
  });
  const bytes = databaseBytes();
  assert.ok(bytes.includes(hashToken(token)), 'the hash is there, so the file was really read');
  assert.ok(!bytes.includes(token), 'the raw token must not be stored');
});

test('GET /api/sessions/:id returns the transcript and a state summary', async () => {
  const { id, token } = await create();
  await server.app.inject({
    method: 'POST',
    url: `/api/sessions/${id}/messages`,
    headers: bearer(token),
    payload: { text: 'I need to call the dentist' },
  });
  const response = await server.app.inject({
    method: 'GET',
    url: `/api/sessions/${id}`,
    headers: bearer(token),
  });
  assert.equal(response.statusCode, 200);
  const body = response.json();
  assert.equal(body.id, id);
  assert.equal(typeof body.createdAt, 'number');
  const roles = body.messages.map((message: { role: string }) => message.role);
  assert.deepEqual(roles.slice(0, 2), ['therapist', 'client']);
  assert.equal(body.messages[1].text, 'I need to call the dentist');
  assert.ok(roles.length >= 3);
  assert.equal(body.state.crisis, false);
  assert.equal(body.state.closed, false);
  assert.equal(body.state.turns, 1);
  assert.ok(Array.isArray(body.nudges));
});

test('the report comes as JSON, as HTML and as Markdown', async () => {
  const { id, token } = await create();
  for (const text of ['I keep putting off my tax return', 'about a 6', 'ok, I opened the folder']) {
    await server.app.inject({
      method: 'POST',
      url: `/api/sessions/${id}/messages`,
      headers: bearer(token),
      payload: { text },
    });
  }
  const url = `/api/sessions/${id}/report`;
  const json = await server.app.inject({ method: 'GET', url, headers: bearer(token) });
  assert.equal(json.statusCode, 200);
  assert.match(String(json.headers['content-type']), /application\/json/);
  assert.equal(typeof json.json(), 'object');
  const html = await server.app.inject({ method: 'GET', url: `${url}?format=html`, headers: bearer(token) });
  assert.equal(html.statusCode, 200);
  assert.match(String(html.headers['content-type']), /text\/html/);
  assert.match(html.body, /<html|<!doctype html/i);
  const markdown = await server.app.inject({
    method: 'GET',
    url: `${url}?format=md`,
    headers: bearer(token),
  });
  assert.equal(markdown.statusCode, 200);
  assert.match(String(markdown.headers['content-type']), /text\/markdown/);
  assert.match(markdown.body, /^#/m);
  const unknownFormat = await server.app.inject({
    method: 'GET',
    url: `${url}?format=pdf`,
    headers: bearer(token),
  });
  assert.equal(unknownFormat.statusCode, 400);
  const noToken = await server.app.inject({ method: 'GET', url });
  assert.equal(noToken.statusCode, 401);
});

test('DELETE erases the session: 204, then 404, and its text is gone from the database file', async () => {
  const { id, token } = await create();
  const secret = 'zebra-marmalade-7731 is what I never told anyone';
  await server.app.inject({
    method: 'POST',
    url: `/api/sessions/${id}/messages`,
    headers: bearer(token),
    payload: { text: `${secret}; remind me in 10 minutes` },
  });
  assert.ok(databaseBytes().includes('zebra-marmalade-7731'), 'the text was written before the erasure');
  const wrongToken = await server.app.inject({
    method: 'DELETE',
    url: `/api/sessions/${id}`,
    headers: bearer('nope'),
  });
  assert.equal(wrongToken.statusCode, 404);
  const erased = await server.app.inject({
    method: 'DELETE',
    url: `/api/sessions/${id}`,
    headers: bearer(token),
  });
  assert.equal(erased.statusCode, 204);
  assert.equal(erased.body, '');
  const after = await server.app.inject({
    method: 'GET',
    url: `/api/sessions/${id}`,
    headers: bearer(token),
  });
  assert.equal(after.statusCode, 404);
  const reader = new Database(server.dbPath);
  try {
    for (const table of ['sessions', 'events', 'nudges']) {
      const column = table === 'sessions' ? 'id' : 'session_id';
      const row = reader.prepare(`select count(*) as count from ${table} where ${column} = ?`).get(id) as {
        count: number;
      };
      assert.equal(row.count, 0, `no rows of the session left in ${table}`);
    }
    // the WAL holds old page images until a checkpoint; after one, the freed pages are zeroed (secure_delete)
    reader.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    reader.close();
  }
  assert.ok(!databaseBytes().includes('zebra-marmalade-7731'), 'the text must not survive in the file');
});

test('a session’s locale picks its crisis resources, and the reply carries them for the banner', async () => {
  const created = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'en-GB' }),
  });
  assert.equal(created.status, 201);
  const session = (await created.json()) as { id: string; token: string; messages: { text: string }[] };
  assert.match(session.messages[0].text, /116 123/);
  const reply = await fetch(`${server.url}/api/sessions/${session.id}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ text: 'I want to kill myself' }),
  });
  const body = (await reply.json()) as { crisis: boolean; resources?: { name: string; contact: string }[] };
  assert.equal(body.crisis, true);
  assert.ok(
    body.resources?.some((resource) => /116 123/.test(resource.contact)),
    JSON.stringify(body.resources),
  );
  const bad = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'not a locale!' }),
  });
  assert.equal(bad.status, 400);
});

test("a message may carry the country chosen since: the coach's crisis turn uses it", async () => {
  const created = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'en-US' }),
  });
  const session = (await created.json()) as { id: string; token: string };
  const reply = await fetch(`${server.url}/api/sessions/${session.id}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ text: 'I want to kill myself', locale: 'en-GB' }),
  });
  const body = (await reply.json()) as { messages: { text: string }[] };
  assert.match(body.messages[0].text, /116 123/, body.messages[0].text);
  const bad = await fetch(`${server.url}/api/sessions/${session.id}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ text: 'hello', locale: 'not a locale!' }),
  });
  assert.equal(bad.status, 400);
});

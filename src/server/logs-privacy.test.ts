import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSession, openEventStream, say, startTestServer } from './test-support.ts';

test('request logs carry method, path and status, never session text or the access token', async () => {
  const lines: string[] = [];
  const server = await startTestServer({ log: true, logStream: { write: (line) => void lines.push(line) } });
  const secret = 'quokka-lantern-4412';
  let token = '';
  try {
    const session = await createSession(server.url);
    token = session.token;
    const stream = await openEventStream(server.url, session);
    await say(server.url, session, `My secret is ${secret} and I keep avoiding my thesis`);
    await say(server.url, session, `${secret} `.repeat(400)); // over 4,000 characters: a 400 whose input is session text
    await fetch(`${server.url}/api/sessions/${session.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: `{"text": "${secret}`, // broken JSON, so the parser's error sees the text
    }).then((response) => response.arrayBuffer());
    await fetch(`${server.url}/api/sessions/${session.id}/report?format=md`, {
      headers: { authorization: `Bearer ${session.token}` },
    }).then((response) => response.arrayBuffer());
    await fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: `I am stuck on ${secret}` }] }),
    }).then((response) => response.arrayBuffer());
    stream.close();
    // let the stream's close and the last response lines reach the logger
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    await server.stop();
  }
  const log = lines.join('');
  assert.ok(lines.length >= 10, `the logger did write (${lines.length} lines)`);
  assert.match(log, /"path":"\/api\/sessions\/[^"]+\/messages"/, 'paths are logged');
  assert.match(log, /"statusCode":400/, 'statuses are logged');
  assert.ok(!log.includes(secret), 'session text must never reach the logs');
  assert.ok(token.length > 0 && !log.includes(token), 'the session token must never reach the logs');
  assert.ok(!log.includes('access_token'), 'query strings (with tokens) must never reach the logs');
  assert.ok(!/Bearer/i.test(log), 'authorization headers must never reach the logs');
});

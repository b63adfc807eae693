import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createSession, openEventStream, say, startTestServer, type TestServer } from './test-support.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.stop();
});

test('a stream gets the reply line, then the nudge line when it comes due, not before', async () => {
  const session = await createSession(server.url);
  const stream = await openEventStream(server.url, session);
  try {
    assert.equal(
      (await say(server.url, session, 'I need to email my landlord about the boiler')).status,
      200,
    );
    const asked = await say(server.url, session, 'Can you nudge me in 1 second?');
    assert.equal(asked.status, 200);
    const nudges = asked.body.nudges as { id: string; dueAt: number }[];
    assert.equal(nudges.length, 1, 'the coach promised one nudge');
    const replies = asked.body.messages as { text: string }[];
    const reply = await stream.waitFor((message) => message.text === replies[0].text, 2_000);
    assert.equal(reply.role, 'therapist');
    assert.equal(reply.nudge, false);
    const nudge = await stream.waitFor((message) => message.nudge, 10_000);
    assert.equal(nudge.role, 'therapist');
    assert.ok(nudge.text.length > 0);
    assert.ok(nudge.at >= nudges[0].dueAt, 'a nudge is never early');
    assert.ok(
      stream.received.indexOf(nudge) > stream.received.indexOf(reply),
      'the nudge comes after the reply',
    );
    const summary = await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${session.token}` },
    }).then((response) => response.json());
    assert.deepEqual(summary.nudges, [], 'the fired nudge is no longer pending');
    assert.equal(summary.messages.filter((message: { nudge: boolean }) => message.nudge).length, 1);
  } finally {
    stream.close();
  }
});

test('two open streams of one session both get the nudge; another session’s stream gets nothing', async () => {
  const session = await createSession(server.url);
  const bystander = await createSession(server.url);
  const first = await openEventStream(server.url, session);
  const second = await openEventStream(server.url, session);
  const elsewhere = await openEventStream(server.url, bystander);
  try {
    await say(server.url, session, 'I have to start my tax return');
    const asked = await say(server.url, session, 'nudge me in 1 second please');
    assert.equal((asked.body.nudges as unknown[]).length, 1);
    const [a, b] = await Promise.all([
      first.waitFor((message) => message.nudge, 10_000),
      second.waitFor((message) => message.nudge, 10_000),
    ]);
    assert.equal(a.text, b.text);
    assert.equal(a.at, b.at);
    assert.equal(first.received.filter((message) => message.nudge).length, 1, 'said once per stream');
    assert.deepEqual(elsewhere.received, []);
  } finally {
    first.close();
    second.close();
    elsewhere.close();
  }
});

test('the event stream wants the session token: header or access_token; none is a 401, a wrong one a 404', async () => {
  const session = await createSession(server.url);
  const url = `${server.url}/api/sessions/${session.id}/events`;
  const none = await fetch(url);
  assert.equal(none.status, 401);
  assert.equal((await none.json()).error.code, 'unauthorized');
  const wrong = await fetch(`${url}?access_token=not-the-token`);
  assert.equal(wrong.status, 404);
  await wrong.arrayBuffer();
  const controller = new AbortController();
  const byHeader = await fetch(url, {
    headers: { authorization: `Bearer ${session.token}` },
    signal: controller.signal,
  });
  assert.equal(byHeader.status, 200);
  assert.match(String(byHeader.headers.get('content-type')), /text\/event-stream/);
  controller.abort();
});

test('closing the server ends open event streams instead of waiting for them forever', async () => {
  const own = await startTestServer();
  const stream = await openEventStream(own.url, await createSession(own.url));
  let hangTimer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    hangTimer = setTimeout(() => resolve('hung'), 10_000);
  });
  try {
    const outcome = await Promise.race([own.stop().then(() => 'closed' as const), hung]);
    assert.equal(outcome, 'closed', 'server.close() returned while a browser tab was still listening');
  } finally {
    clearTimeout(hangTimer);
    stream.close();
  }
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { say, startTestServer, type TestServer } from './test-support.ts';

// a clock time the person asks for is read in the zone their browser sent at POST /api/sessions,
// through real HTTP and a real SQLite file

let server: TestServer;
before(async () => {
  server = await startTestServer({ rateLimit: { perAddress: 10_000, perToken: 1_000 } });
});
after(async () => {
  await server.stop();
});

async function createIn(
  timeZone: string,
): Promise<{ status: number; session: { id: string; token: string } }> {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'en-US', timeZone }),
  });
  return { status: response.status, session: (await response.json()) as { id: string; token: string } };
}

/** The wall-clock time `at` shows in `timeZone`, as "15:00". */
function wallClock(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

// two zones 17 hours apart: whatever this machine's zone, at least one of them is not it, so a
// server that read "3pm" in its own zone fails here
for (const timeZone of ['Asia/Tokyo', 'America/Los_Angeles']) {
  test(`"remind me at 3pm" is 3pm in the browser's zone (${timeZone}), not the server's`, async () => {
    const { status, session } = await createIn(timeZone);
    assert.equal(status, 201);
    await say(server.url, session, 'I need to call the dentist');
    const { status: replyStatus, body } = await say(server.url, session, 'remind me at 3pm');
    assert.equal(replyStatus, 200);
    const nudges = body.nudges as { dueAt: number }[];
    assert.equal(nudges.length, 1, JSON.stringify(body.messages));
    assert.equal(wallClock(nudges[0].dueAt, timeZone), '15:00');
    const until = nudges[0].dueAt - Date.now();
    assert.ok(until > 0 && until <= 24 * 60 * 60 * 1000, `due in ${until} ms`);
  });
}

test('a time zone this server does not know is a 400 that names the field', async () => {
  const { status, session } = await createIn('Mars/Olympus_Mons');
  assert.equal(status, 400);
  assert.match(JSON.stringify(session), /timeZone/);
});

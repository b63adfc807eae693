import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { type RunningServer, startServer } from '../../src/server/start-server.ts';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres-store.ts';
import { type EventStream, eventually, freshSchema, openEventStream, postJson } from './instances.ts';

const run = promisify(execFile);
const pgUrl = process.env.TINYSTEP_PG_URL;
// restarting the shared PostgreSQL disturbs every other test using it, so this one is opt-in
const skip = !pgUrl
  ? 'TINYSTEP_PG_URL is not set'
  : process.env.TINYSTEP_PG_RESTART_TEST !== '1'
    ? 'restarts PostgreSQL: set TINYSTEP_PG_RESTART_TEST=1 to run it (alone)'
    : undefined;
const WRITERS = 4;

type Created = { id: string; token: string };
type ErrorBody = { error?: { code: string; message: string } };

const cluster = () => {
  const version = readdirSync('/etc/postgresql').sort()[0];
  return (action: 'restart' | 'start') =>
    run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', action], { timeout: 60_000 });
};

async function isReady(): Promise<boolean> {
  return run('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432']).then(
    () => true,
    () => false,
  );
}

const servers: RunningServer[] = [];
const streams: EventStream[] = [];
let store: PostgresStore | undefined;

after(async () => {
  if (skip) return;
  // never leave the shared database down, whatever happened above
  if (!(await isReady())) await cluster()('start').catch(() => {});
  for (const stream of streams) stream.close();
  for (const server of servers) await server.close().catch(() => {});
  await store?.dropSchemaAndClose().catch(() => {});
});

test('a PostgreSQL restart mid-use: 503 unavailable for requests in flight, then recovery with nothing acknowledged lost', {
  skip,
  timeout: 120_000,
}, async () => {
  const schema = freshSchema('restart');
  const verifier = await openPostgresStore({ url: pgUrl!, schema });
  store = verifier;
  const start = () => startServer({ port: 0, pg: pgUrl, schema, log: false, webRoot: '/nonexistent' });
  const instanceA = await start();
  const instanceB = await start();
  servers.push(instanceA, instanceB);
  const urlA = instanceA.url.replace('localhost', '127.0.0.1');
  const urlB = instanceB.url.replace('localhost', '127.0.0.1');

  const sessions: Created[] = [];
  for (let index = 0; index < WRITERS; index++)
    sessions.push((await postJson<Created>(`${urlA}/api/sessions`, {})).body);
  for (const session of sessions) streams.push(await openEventStream(urlB, session.id, session.token));

  // writers send turns to A without pause while PostgreSQL restarts underneath
  const acknowledged: string[][] = sessions.map(() => []);
  const unexpected: string[] = [];
  let unavailable = 0;
  let writing = true;
  const writers = sessions.map(async (session, index) => {
    for (let turn = 0; writing && turn < 2_000; turn++) {
      const text = `restart check ${index}-${turn}: I opened the file`;
      const reply = await postJson<ErrorBody>(
        `${urlA}/api/sessions/${session.id}/messages`,
        { text },
        session.token,
      ).catch((error: Error) => ({ status: 0, body: { error: { code: 'fetch', message: error.message } } }));
      if (reply.status === 200) {
        acknowledged[index].push(text);
        await new Promise((resolve) => setTimeout(resolve, 20));
      } else if (reply.status === 503 && reply.body.error?.code === 'unavailable') {
        unavailable++;
        assert.doesNotMatch(reply.body.error.message, /restart check|select|insert|update/i);
        await new Promise((resolve) => setTimeout(resolve, 100));
      } else unexpected.push(`${reply.status} ${reply.body.error?.code}`);
    }
  });
  // first turns are slow (compiling, warming up): restart once every writer is in its stride
  await eventually(() => acknowledged.every((texts) => texts.length >= 2), 30_000);
  const before = acknowledged.flat().length;
  const restartedAt = Date.now();
  await cluster()('restart');
  // keep writing until every writer has been acknowledged again after the restart
  const counts = acknowledged.map((texts) => texts.length);
  await eventually(() => acknowledged.every((texts, index) => texts.length > counts[index] + 2), 30_000);
  const recoveredInMs = Date.now() - restartedAt;
  writing = false;
  await Promise.all(writers);

  assert.ok(before > 0, 'turns were acknowledged before the restart');
  assert.ok(unavailable > 0, 'requests during the restart were answered 503 unavailable');
  assert.deepEqual(unexpected, [], 'no other kind of failure');
  assert.ok(
    acknowledged.every((texts, index) => texts.length > counts[index] + 2),
    'every writer recovered',
  );
  for (const [index, session] of sessions.entries()) {
    const loaded = await verifier.load(session.id);
    const stored = new Set(
      loaded.events.filter((event) => event.type === 'client-said').map((event) => String(event.text)),
    );
    const lost = acknowledged[index].filter((text) => !stored.has(text));
    assert.deepEqual(lost, [], `session ${index}: every acknowledged turn is in the store`);
  }

  // B listens again: a turn and a nudge handled by A reach B's stream
  const probe = (await postJson<Created>(`${urlA}/api/sessions`, {})).body;
  const stream = await openEventStream(urlB, probe.id, probe.token);
  streams.push(stream);
  const heardBefore = 0;
  const asked = await postJson<{ nudges: { dueAt: number }[] }>(
    `${urlA}/api/sessions/${probe.id}/messages`,
    { text: 'Can you nudge me in 2 seconds?' },
    probe.token,
  );
  assert.equal(asked.status, 200);
  assert.equal(asked.body.nudges.length, 1);
  await eventually(() => stream.messages.slice(heardBefore).some((message) => message.nudge), 15_000);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const afterProbe = stream.messages.slice(heardBefore);
  assert.ok(
    afterProbe.some((message) => !message.nudge),
    "the turn reached B's stream",
  );
  assert.equal(afterProbe.filter((message) => message.nudge).length, 1, 'the nudge arrived once');
  process.stdout.write(
    `# restart: ${before} turns before, ${unavailable} answered 503, recovered in ${recoveredInMs} ms\n`,
  );
});

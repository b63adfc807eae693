import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres-store.ts';
import {
  type EventStream,
  eventually,
  freshSchema,
  type Instance,
  openEventStream,
  postJson,
  startInstance,
} from './instances.ts';

const pgUrl = process.env.TINYSTEP_PG_URL;
const SESSIONS = 40;

type Created = { id: string; token: string };
type Sent = { messages: { text: string; nudge: boolean }[]; nudges: { id: string; dueAt: number }[] };

const running: Instance[] = [];
const streams: EventStream[] = [];
let store: PostgresStore | undefined;

after(async () => {
  for (const stream of streams) stream.close();
  for (const instance of running) await instance.stop();
  await store?.dropSchemaAndClose();
});

test('nudges asked of instance A arrive exactly once on streams held by instance B after A is SIGKILLed', {
  skip: pgUrl ? undefined : 'TINYSTEP_PG_URL is not set',
  timeout: 120_000,
}, async () => {
  const schema = freshSchema('multi');
  // migrated up front, as `tinystep migrate --pg` would in a deployment
  store = await openPostgresStore({ url: pgUrl!, schema });
  const [instanceA, instanceB] = await Promise.all([
    startInstance(pgUrl!, schema),
    startInstance(pgUrl!, schema),
  ]);
  running.push(instanceA, instanceB);

  const sessions: Created[] = [];
  for (let index = 0; index < SESSIONS; index++) {
    const created = await postJson<Created>(`${instanceA.url}/api/sessions`, {});
    assert.equal(created.status, 201);
    sessions.push(created.body);
  }
  for (const session of sessions)
    streams.push(await openEventStream(instanceB.url, session.id, session.token));

  const replies = await Promise.all(
    sessions.map((session) =>
      postJson<Sent>(
        `${instanceA.url}/api/sessions/${session.id}/messages`,
        { text: 'Can you nudge me in 3 seconds?' },
        session.token,
      ),
    ),
  );
  // killed right after the last acknowledgement: the nudges are A's promises, now in B's hands
  instanceA.child.kill('SIGKILL');
  const killedAt = Date.now();
  for (const reply of replies) {
    assert.equal(reply.status, 200);
    assert.equal(reply.body.nudges.length, 1, 'each message asked for one nudge');
  }
  const dues = replies.map((reply) => reply.body.nudges[0].dueAt);
  assert.ok(killedAt < Math.min(...dues), 'A was gone before any nudge came due');

  // the turn A answered reached B's streams through the database
  await eventually(
    () => streams.every((stream) => stream.messages.some((message) => !message.nudge)),
    10_000,
  );
  streams.forEach((stream, index) => {
    assert.deepEqual(
      stream.messages.filter((message) => !message.nudge).map((message) => message.text),
      replies[index].body.messages.map((message) => message.text),
      `session ${index}: the reply handled by A appears once on B's stream`,
    );
  });

  const lastDue = Math.max(...dues);
  await eventually(
    () => streams.every((stream) => stream.messages.some((message) => message.nudge)),
    lastDue - Date.now() + 15_000,
  );
  // room for a duplicate to show up, were there one
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const nudgeCounts = streams.map((stream) => stream.messages.filter((message) => message.nudge).length);
  assert.deepEqual(nudgeCounts, Array(SESSIONS).fill(1), 'every nudge arrives exactly once on B');

  for (const [index, session] of sessions.entries()) {
    const loaded = await store.load(session.id);
    const said = loaded.events.filter((event) => event.type === 'therapist-said' && event.nudge === true);
    assert.equal(said.length, 1, `session ${index}: one nudge turn in the store`);
    const nudge = await store.getNudge(replies[index].body.nudges[0].id);
    assert.equal(nudge?.status, 'fired');
  }
  assert.equal((await store.pendingNudges()).length, 0);
  assert.doesNotMatch(instanceB.stderr(), /nudge me/i, 'no session text in the server log');
});

/**
 * npm run bench:pg — tinystep on PostgreSQL with one and with two instances (in one process, on
 * loopback): turns/s through the HTTP API, load-balanced round-robin, and the lateness of nudges
 * asked for through the API (from the store's recorded claim). Needs TINYSTEP_PG_URL (or --pg).
 * Flags: --turns N (default 600), --concurrency N (8), --nudges N (100), --instances 1,2.
 * Each run uses its own schema, dropped after.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type RunningServer, startServer } from '../src/server/start-server.ts';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres-store.ts';

const { values } = parseArgs({
  options: {
    pg: { type: 'string' },
    turns: { type: 'string', default: '600' },
    concurrency: { type: 'string', default: '8' },
    nudges: { type: 'string', default: '100' },
    instances: { type: 'string', default: '1,2' },
  },
});
const pgUrl = values.pg ?? process.env.TINYSTEP_PG_URL;
if (!pgUrl) {
  console.error(
    'bench:pg needs PostgreSQL: set TINYSTEP_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test)',
  );
  process.exit(2);
}
const turnCount = Math.min(20_000, Number(values.turns));
const concurrency = Math.max(1, Math.min(64, Number(values.concurrency)));
const nudgeCount = Math.min(2_000, Number(values.nudges));
const instanceCounts = values.instances.split(',').map((count) => Math.max(1, Math.min(4, Number(count))));
const NUDGE_DELAY_MS = 3_000;
const UTTERANCES = [
  'I opened the file and typed one line.',
  'My chest feels a bit tight and my hands are shaky.',
  'Not sure it counts, it was only a sentence.',
  "What's the next step?",
  'I keep wanting to go back and edit it.',
];

const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
};

type Session = { id: string; token: string };

async function call<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${url.replace(/\/api\/sessions\/[^/]+/, '/api/sessions/:id')}: ${response.status}`);
  return (await response.json()) as T;
}

async function createSessions(urls: string[], count: number): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let index = 0; index < count; index++)
    sessions.push(await call<Session>(`${urls[index % urls.length]}/api/sessions`, {}));
  return sessions;
}

/** Each worker owns its sessions (no two turns of one session race); turns alternate instances. */
async function measureTurns(urls: string[]) {
  const sessions = await createSessions(urls, concurrency * 4);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      const mine = sessions.filter((_, index) => index % concurrency === worker);
      for (let turn = 0; ; turn++) {
        const number = next++;
        if (number >= turnCount) return;
        const session = mine[turn % mine.length];
        const sentAt = performance.now();
        await call(
          `${urls[number % urls.length]}/api/sessions/${session.id}/messages`,
          { text: UTTERANCES[turn % UTTERANCES.length] },
          session.token,
        );
        latencies.push(performance.now() - sentAt);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    turnsPerSecond: turnCount / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}

/** Nudges asked through the API on alternating instances; lateness = firedAt − dueAt, as claimed. */
async function measureNudges(urls: string[], store: PostgresStore) {
  const sessions = await createSessions(urls, nudgeCount);
  const nudgeIds: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let number = next++; number < nudgeCount; number = next++) {
        const session = sessions[number];
        const reply = await call<{ nudges: { id: string }[] }>(
          `${urls[number % urls.length]}/api/sessions/${session.id}/messages`,
          { text: `Can you nudge me in ${NUDGE_DELAY_MS / 1000} seconds?` },
          session.token,
        );
        nudgeIds.push(...reply.nudges.map((nudge) => nudge.id));
      }
    }),
  );
  const deadline = Date.now() + NUDGE_DELAY_MS + 30_000;
  while ((await store.pendingNudges()).length > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
  const lateness: number[] = [];
  let unfired = 0;
  let duplicates = 0;
  for (const [index, nudgeId] of nudgeIds.entries()) {
    const nudge = await store.getNudge(nudgeId);
    if (nudge?.status !== 'fired') unfired++;
    else lateness.push(nudge.lateMs ?? 0);
    const said = (await store.load(sessions[index].id)).events.filter(
      (event) => event.type === 'therapist-said' && event.nudge === true,
    );
    if (said.length > 1) duplicates += said.length - 1;
  }
  return {
    asked: nudgeIds.length,
    unfired,
    duplicates,
    p50: percentile(lateness, 0.5),
    p99: percentile(lateness, 0.99),
    max: Math.max(...lateness),
  };
}

async function run(instanceCount: number) {
  const schema = `tinystep_bench_${randomBytes(5).toString('hex')}`;
  const store = await openPostgresStore({ url: pgUrl!, schema });
  const servers: RunningServer[] = [];
  try {
    for (let index = 0; index < instanceCount; index++)
      servers.push(
        await startServer({
          port: 0,
          pg: pgUrl,
          schema,
          webRoot: '/nonexistent',
          rateLimit: { perAddress: 1_000_000, perToken: 1_000_000 },
        }),
      );
    const urls = servers.map((server) => server.url.replace('localhost', '127.0.0.1'));
    const turns = await measureTurns(urls);
    const nudges = await measureNudges(urls, store);
    return { turns, nudges };
  } finally {
    for (const server of servers) await server.close();
    await store.dropSchemaAndClose();
  }
}

const version = await (async () => {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    return String((await client.query('show server_version')).rows[0].server_version).split(' ')[0];
  } finally {
    await client.end();
  }
})();
console.log(
  `bench:pg — PostgreSQL ${version} at ${new URL(pgUrl).host}; ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}; ` +
    `instances in one process (loopback HTTP), ${turnCount} turns at concurrency ${concurrency}, ${nudgeCount} nudges due in ${NUDGE_DELAY_MS / 1000} s`,
);
const format = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
console.log(
  'instances  turns/s  turn p50 ms  turn p99 ms  nudges  unfired  duplicates  late p50 ms  late p99 ms  late max ms',
);
for (const count of instanceCounts) {
  const { turns, nudges } = await run(count);
  console.log(
    [
      String(count).padEnd(9),
      format(turns.turnsPerSecond, 1).padStart(7),
      format(turns.p50, 1).padStart(11),
      format(turns.p99, 1).padStart(11),
      String(nudges.asked).padStart(6),
      String(nudges.unfired).padStart(7),
      String(nudges.duplicates).padStart(10),
      format(nudges.p50).padStart(11),
      format(nudges.p99).padStart(11),
      format(nudges.max).padStart(11),
    ].join('  '),
  );
}

/**
 * npm run bench:server — the HTTP API under load on 127.0.0.1: a server in a child process (its own
 * RSS, its own event loop) with a temp SQLite file; 1,000 sessions each with an open event stream
 * (SSE on keep-alive connections); autocannon drives message turns at ~200/s for 15 s, each request
 * to the next session in turn. Prints turn latency p50/p99, turns/s, and memory per open session.
 * Flags: --sessions N (1000), --rate R turns/s (200), --seconds S (15), --connections C (20).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, type ClientRequest, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// autocannon ships no types: the part of its API this benchmark uses
type CannonRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type CannonOptions = {
  url: string;
  connections: number;
  overallRate: number;
  duration: number;
  requests: { method: string; setupRequest: (request: CannonRequest) => CannonRequest }[];
};
type CannonResult = {
  duration: number;
  requests: { total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: CannonOptions,
) => Promise<CannonResult>;

const { values } = parseArgs({
  options: {
    child: { type: 'boolean', default: false },
    sessions: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '20' },
  },
});

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** CPU time the process has used (user + system), in ms; /proc counts in ticks of 10 ms. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child'],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited early (${code})`)));
  });
}

type Session = { id: string; token: string };

async function createSessions(url: string, count: number): Promise<Session[]> {
  const sessions: Session[] = [];
  // a few at a time: the point is open sessions, not a burst of creations
  for (let start = 0; start < count; start += 20) {
    const batch = Array.from({ length: Math.min(20, count - start) }, () =>
      fetch(`${url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }).then((response) => response.json() as Promise<Session>),
    );
    sessions.push(...(await Promise.all(batch)));
  }
  return sessions;
}

/** One keep-alive connection per stream, counting `data:` lines; resolves once the stream is open. */
function openStreams(url: string, sessions: Session[], counter: { lines: number }): Promise<ClientRequest[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  return Promise.all(
    sessions.map(
      (session) =>
        new Promise<ClientRequest>((resolve, reject) => {
          const request = httpRequest(
            `${url}/api/sessions/${session.id}/events?access_token=${encodeURIComponent(session.token)}`,
            { agent, headers: { accept: 'text/event-stream' } },
            (response) => {
              if (response.statusCode !== 200) reject(new Error(`events answered ${response.statusCode}`));
              response.on('data', (chunk: Buffer) => {
                // approximate (a line split across chunks is missed): a check that replies reach streams
                counter.lines += chunk.toString().split('data: ').length - 1;
              });
              response.on('error', () => {});
              resolve(request);
            },
          );
          request.on('error', () => {});
          request.end();
        }),
    ),
  );
}

const SAYINGS = [
  'I have to write the report for work and keep avoiding it',
  'maybe a 6',
  'ok, I opened the file',
  'stuck',
  'smaller, please',
  'done',
  'I made a start, it was hard',
];

async function main(): Promise<void> {
  const sessionCount = Number(values.sessions);
  const rate = Number(values.rate);
  const seconds = Number(values.seconds);
  const { child, url } = await startChild();
  const pid = child.pid as number;
  try {
    // warm up: the first turn loads the language models of understanding
    const [warm] = await createSessions(url, 1);
    await fetch(`${url}/api/sessions/${warm.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${warm.token}` },
      body: JSON.stringify({ text: SAYINGS[0] }),
    }).then((response) => response.arrayBuffer());
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rssBefore = rssOf(pid);
    const sessions = await createSessions(url, sessionCount);
    const counter = { lines: 0 };
    const streams = await openStreams(url, sessions, counter);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const rssAfter = rssOf(pid);
    console.log(
      `opened ${sessions.length} sessions with ${streams.length} open event streams: server RSS ${megabytes(rssBefore)} → ${megabytes(rssAfter)}, ${((rssAfter - rssBefore) / sessions.length / 1024).toFixed(1)} KB per open session`,
    );

    let next = 0;
    const turnsOf = new Map<string, number>();
    const cpuBefore = cpuMsOf(pid);
    const result = await autocannon({
      url,
      connections: Number(values.connections),
      overallRate: rate,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            // each request goes to the next session, and each session says the next line of its story
            const session = sessions[next++ % sessions.length];
            const turn = turnsOf.get(session.id) ?? 0;
            turnsOf.set(session.id, turn + 1);
            return {
              ...request,
              path: `/api/sessions/${session.id}/messages`,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
              body: JSON.stringify({ text: SAYINGS[turn % SAYINGS.length] }),
            };
          },
        },
      ],
    });
    const serverCpuMs = cpuMsOf(pid) - cpuBefore;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const completed = result.requests.total;
    console.log(
      `turns: ${completed} in ${result.duration.toFixed(1)} s = ${(completed / result.duration).toFixed(0)} turns/s (asked ${rate}/s, ${values.connections} connections); non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    console.log(
      `turn latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms (target p99 < 50 ms)`,
    );
    // the contention-free figure: on a shared machine latency measures the neighbours too
    console.log(
      `server CPU: ${(serverCpuMs / completed).toFixed(2)} ms per turn, ${((serverCpuMs / 1000 / result.duration) * 100).toFixed(0)}% of one core during the run`,
    );
    console.log(`event-stream lines received during the run: ${counter.lines} (one per reply)`);
    console.log(`server RSS at the end: ${megabytes(rssOf(pid))}`);
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    );
    for (const stream of streams) stream.destroy();
  } finally {
    child.stdin?.end();
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(undefined);
      }, 10_000);
      child.on('exit', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }
}

if (values.child) {
  // the server under test: prints its URL, runs until the parent closes stdin (or 5 minutes pass)
  const { startTestServer } = await import('../src/server/test-support.ts');
  const server = await startTestServer({ rateLimit: { perAddress: 10_000_000, perToken: 1_000_000 } });
  process.stdout.write(`READY ${server.url}\n`);
  // how long the server's own event loop was blocked (GC, synchronous SQLite): the part of the
  // latency that is the server's, apart from the load generator sharing the machine
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const stop = async () => {
    delay.disable();
    const ms = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(1);
    process.stderr.write(
      `server event-loop delay: p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms\n`,
    );
    await server.stop();
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.resume();
  setTimeout(stop, 300_000).unref();
} else {
  await main();
}

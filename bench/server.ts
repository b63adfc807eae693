/**
 * npm run bench:server — the HTTP API under load on 127.0.0.1: a server in a child process (its own
 * RSS, its own event loop) with a temp SQLite file; 1,000 sessions each with an open event stream
 * (SSE on keep-alive connections); message turns go to the next session in turn, each session saying
 * the next line of its story. Prints memory per open session, then two runs:
 * - paced (the target figure): turns sent every 1/rate s, open loop, latency from the scheduled time;
 * - autocannon at the same overall rate: its rate mode lets each connection send its quota for the
 *   second back to back and then wait for the next second, so the server meets bursts of
 *   `connections` concurrent turns; and it corrects for coordinated omission assuming one request
 *   per millisecond, which adds a sample per ms of every slow answer. A burst figure, printed beside.
 * Flags: --sessions N (1000), --rate R turns/s (200), --seconds S (15 per run), --connections C (20),
 * --no-autocannon (paced run only). BENCH_SERVER_NODE_ARGS passes node flags to the server process
 * (e.g. "--cpu-prof --cpu-prof-dir=prof" to see where a turn's time goes).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, type ClientRequest, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type PacedRequest, pacedLoad, percentile } from './support/paced-load.ts';

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
  /** added here: each answer's own time, without autocannon's coordinated-omission samples */
  measured?: { p50: number; p99: number; max: number };
};
type CannonInstance = Promise<CannonResult> & {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
const autocannon = createRequire(import.meta.url)('autocannon') as (options: CannonOptions) => CannonInstance;

const { values } = parseArgs({
  options: {
    child: { type: 'boolean', default: false },
    sessions: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '20' },
    'no-autocannon': { type: 'boolean', default: false },
    cannon: { type: 'string' },
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
    [
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--expose-gc',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
    ],
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

/** The server's event-loop and GC figures since the last mark (see the child's "mark"). */
function serverStats(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /STATS (.*)\n/.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stdin?.write('mark\n');
  });
}

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

type CannonJob = {
  url: string;
  sessions: Session[];
  rate: number;
  seconds: number;
  connections: number;
  /** how many turns each session has said already, so each goes on with its story */
  turnsOf: Record<string, number>;
};

/** autocannon in a process of its own, so the event-stream readers here do not slow its clients. */
function runAutocannon(job: CannonJob): Promise<CannonResult> {
  const folder = mkdtempSync(join(tmpdir(), 'tinystep-bench-server-'));
  const jobFile = join(folder, 'job.json');
  writeFileSync(jobFile, JSON.stringify(job));
  const cannon = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--cannon', jobFile],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  cannon.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    cannon.on('exit', (code) => {
      rmSync(folder, { recursive: true, force: true });
      if (code === 0) resolve(JSON.parse(output) as CannonResult);
      else reject(new Error(`autocannon exited with ${code}`));
    });
  });
}

async function cannonMain(jobFile: string): Promise<void> {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as CannonJob;
  let next = 0;
  const turnsOf = new Map(Object.entries(job.turnsOf));
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    overallRate: job.rate,
    duration: job.seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const session = job.sessions[next++ % job.sessions.length];
          const turn = turnsOf.get(session.id) ?? 0;
          turnsOf.set(session.id, turn + 1);
          return { ...request, ...turnRequest(session, turn) };
        },
      },
    ],
  });
  const measured: number[] = [];
  instance.on('response', (_client, _status, _bytes, ms) => measured.push(ms));
  const result = await instance;
  result.measured = {
    p50: percentile(measured, 0.5),
    p99: percentile(measured, 0.99),
    max: Math.max(...measured),
  };
  process.stdout.write(JSON.stringify(result));
}

function turnRequest(session: Session, turn: number): PacedRequest {
  return {
    path: `/api/sessions/${session.id}/messages`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ text: SAYINGS[turn % SAYINGS.length] }),
  };
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
    // each request goes to the next session, and each session says the next line of its story
    const nextTurn = (): PacedRequest => {
      const session = sessions[next++ % sessions.length];
      const turn = turnsOf.get(session.id) ?? 0;
      turnsOf.set(session.id, turn + 1);
      return turnRequest(session, turn);
    };

    // warm up the turn path (JIT) on a few seconds of the same load, not measured
    const warmUp = await pacedLoad(url, {
      rate,
      seconds: 3,
      sockets: Number(values.connections) * 4,
      next: nextTurn,
    });
    let turnsAnswered = warmUp.ok;
    await serverStats(child);
    let cpuBefore = cpuMsOf(pid);
    const paced = await pacedLoad(url, {
      rate,
      seconds,
      sockets: Number(values.connections) * 4,
      next: nextTurn,
    });
    let serverCpuMs = cpuMsOf(pid) - cpuBefore;
    turnsAnswered += paced.ok;
    const round = (value: number) => value.toFixed(1);
    console.log(
      `paced run: ${paced.sent} turns sent every ${(1000 / rate).toFixed(1)} ms for ${seconds} s (${(paced.ok / paced.seconds).toFixed(0)} turns/s answered); non-2xx ${paced.non2xx}, errors ${paced.errors}, sent late ${paced.lateStarts}`,
    );
    console.log(
      `turn latency: p50 ${round(percentile(paced.latencies, 0.5))} ms, p90 ${round(percentile(paced.latencies, 0.9))} ms, p99 ${round(percentile(paced.latencies, 0.99))} ms, max ${round(Math.max(...paced.latencies))} ms (target p99 < 50 ms)`,
    );
    // the contention-free figure: on a shared machine latency measures the neighbours too
    console.log(
      `server CPU: ${(serverCpuMs / paced.ok).toFixed(2)} ms per turn, ${((serverCpuMs / 1000 / paced.seconds) * 100).toFixed(0)}% of one core during the run`,
    );
    console.log(`server during the paced run: ${await serverStats(child)}`);

    if (!values['no-autocannon']) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await serverStats(child);
      cpuBefore = cpuMsOf(pid);
      const result = await runAutocannon({
        url,
        sessions,
        rate,
        seconds,
        connections: Number(values.connections),
        turnsOf: Object.fromEntries(turnsOf),
      });
      serverCpuMs = cpuMsOf(pid) - cpuBefore;
      const completed = result.requests.total;
      turnsAnswered += completed - result.non2xx;
      console.log(
        `autocannon run (bursts of ${values.connections}): ${completed} turns in ${result.duration.toFixed(1)} s = ${(completed / result.duration).toFixed(0)} turns/s; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
      );
      console.log(
        `  latency as autocannon reports it: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; server CPU ${(serverCpuMs / completed).toFixed(2)} ms per turn`,
      );
      if (result.measured)
        console.log(
          `  each answer's own time (no coordinated-omission samples): p50 ${round(result.measured.p50)} ms, p99 ${round(result.measured.p99)} ms, max ${round(result.measured.max)} ms`,
        );
      console.log(`  server during the autocannon run: ${await serverStats(child)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    console.log(
      `event-stream lines received: ${counter.lines} for ${turnsAnswered} turns answered (each reply reaches its session's stream)`,
    );
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
  const { monitorEventLoopDelay, PerformanceObserver } = await import('node:perf_hooks');
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  // garbage collection pauses, to tell them apart from other stalls (synchronous SQLite, bursts)
  let pauses: number[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  // the parent writes "mark" between phases: each phase's figures, then a fresh start
  const report = () => {
    const ms = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(1);
    const line = `event-loop delay p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms; GC pauses ${pauses.length}, ${pauses.reduce((sum, pause) => sum + pause, 0).toFixed(0)} ms in all, longest ${Math.max(0, ...pauses).toFixed(1)} ms`;
    process.stdout.write(`STATS ${line}\n`);
    delay.reset();
    pauses = [];
  };
  let input = '';
  process.stdin.on('data', (chunk: Buffer) => {
    input += chunk.toString();
    for (let newline = input.indexOf('\n'); newline >= 0; newline = input.indexOf('\n')) {
      if (input.slice(0, newline).trim() === 'mark') report();
      input = input.slice(newline + 1);
    }
  });
  const stop = async () => {
    delay.disable();
    gcObserver.disconnect();
    await server.stop();
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.resume();
  setTimeout(stop, 300_000).unref();
} else if (values.cannon) {
  await cannonMain(values.cannon);
} else {
  await main();
}

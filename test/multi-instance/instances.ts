import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { resolve } from 'node:path';

/** Helpers for tests that run tinystep servers as separate processes on one PostgreSQL schema. */

const BIN = resolve(import.meta.dirname, '../../bin/tinystep');

export const freshSchema = (label: string) => `tinystep_${label}_${randomBytes(5).toString('hex')}`;

export type Instance = {
  url: string;
  child: ChildProcess;
  /** What the server printed on stderr (connection trouble; never session text). */
  stderr(): string;
  /** SIGTERM and wait for the exit (no-op when it is gone). */
  stop(): Promise<void>;
};

/** `tinystep serve --pg <url> --port 0` with TINYSTEP_PG_SCHEMA, resolved once it listens. */
export async function startInstance(pgUrl: string, schema: string, withinMs = 60_000): Promise<Instance> {
  const child = spawn(BIN, ['serve', '--pg', pgUrl, '--port', '0'], {
    env: { ...process.env, TINYSTEP_PG_SCHEMA: schema, TINYSTEP_PG_URL: pgUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors += String(chunk);
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no server within ${withinMs} ms: ${errors}`)), withinMs);
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening: ${errors}`));
    });
  });
  return {
    url,
    child,
    stderr: () => errors,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export type JsonResponse<T> = { status: number; body: T };

export async function postJson<T>(url: string, body: unknown, token?: string): Promise<JsonResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export type StreamedMessage = { role: 'therapist'; text: string; at: number; nudge: boolean };

export type EventStream = {
  messages: StreamedMessage[];
  close(): void;
};

/** Opens `GET /api/sessions/:id/events` and collects its `data:` lines; resolves once connected. */
export function openEventStream(baseUrl: string, sessionId: string, token: string): Promise<EventStream> {
  const messages: StreamedMessage[] = [];
  return new Promise((resolveStream, reject) => {
    const outgoing = request(
      `${baseUrl}/api/sessions/${sessionId}/events`,
      { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } },
      (incoming) => {
        if (incoming.statusCode !== 200) {
          reject(new Error(`event stream answered ${incoming.statusCode}`));
          incoming.resume();
          return;
        }
        let buffered = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          buffered += chunk;
          let end = buffered.indexOf('\n\n');
          while (end !== -1) {
            const frame = buffered.slice(0, end);
            buffered = buffered.slice(end + 2);
            if (frame.startsWith(': connected')) resolveStream({ messages, close: () => outgoing.destroy() });
            for (const line of frame.split('\n'))
              if (line.startsWith('data: ')) messages.push(JSON.parse(line.slice(6)) as StreamedMessage);
            end = buffered.indexOf('\n\n');
          }
        });
        incoming.on('error', () => {});
      },
    );
    outgoing.on('error', (error) => reject(error));
    outgoing.end();
  });
}

/** Polls until `check` holds or `withinMs` passes (the caller asserts afterwards). */
export async function eventually(check: () => boolean, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!check() && Date.now() < deadline) await new Promise((resolveWait) => setTimeout(resolveWait, 50));
}

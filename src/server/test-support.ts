import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, type StartServerOptions, startServer } from './start-server.ts';

/** A real server on 127.0.0.1 with a fresh SQLite file, for tests and benchmarks. */
export type TestServer = RunningServer & { dbPath: string; directory: string; stop(): Promise<void> };

export async function startTestServer(options: Partial<StartServerOptions> = {}): Promise<TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'tinystep-server-'));
  const dbPath = join(directory, 'tinystep.db');
  const server = await startServer({ port: 0, host: '127.0.0.1', db: dbPath, ...options });
  return {
    ...server,
    // the test reaches the exact address it listens on (no resolver guessing between ::1 and 127.0.0.1)
    url: server.url.replace('localhost', '127.0.0.1'),
    dbPath,
    directory,
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export type Created = { id: string; token: string };

export async function createSession(url: string): Promise<Created> {
  const response = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (response.status !== 201) throw new Error(`POST /api/sessions answered ${response.status}`);
  return (await response.json()) as Created;
}

export async function say(
  url: string,
  session: Created,
  text: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/api/sessions/${session.id}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ text }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export type StreamedMessage = { role: string; text: string; at: number; nudge: boolean; id?: string };

/** An open `/events` stream read by a real HTTP client: every `data:` line, parsed, in order. */
export type EventStream = {
  readonly received: StreamedMessage[];
  /** Resolves with the first message (already received or still to come) that matches. */
  waitFor(matches: (message: StreamedMessage) => boolean, timeoutMs: number): Promise<StreamedMessage>;
  /** Resolves when the server ends the stream; rejects after `timeoutMs`. */
  ended(timeoutMs: number): Promise<void>;
  close(): void;
};

export async function openEventStream(
  url: string,
  session: Created,
  options: { lastEventId?: string } = {},
): Promise<EventStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
  const response = await fetch(
    `${url}/api/sessions/${session.id}/events?access_token=${encodeURIComponent(session.token)}`,
    { signal: controller.signal, headers },
  );
  if (response.status !== 200 || !response.body) throw new Error(`events answered ${response.status}`);
  const received: StreamedMessage[] = [];
  const waiters = new Set<() => void>();
  const decoder = new TextDecoder();
  let pending = '';
  let endedByServer = false;
  const reader = response.body.getReader();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          endedByServer = true;
          for (const wake of waiters) wake();
          return;
        }
        pending += decoder.decode(value, { stream: true });
        let end = pending.indexOf('\n\n');
        while (end !== -1) {
          const block = pending.slice(0, end);
          pending = pending.slice(end + 2);
          let id: string | undefined;
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) id = line.slice(4);
            if (line.startsWith('data: '))
              received.push({ ...(JSON.parse(line.slice(6)) as StreamedMessage), ...(id ? { id } : {}) });
          }
          end = pending.indexOf('\n\n');
        }
        for (const wake of waiters) wake();
      }
    } catch {
      // aborted by close(): the stream simply ends
    }
  })();
  return {
    received,
    waitFor(matches, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(matches);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms (got ${received.length})`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    ended(timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!endedByServer) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the stream was still open after ${timeoutMs} ms`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => controller.abort(),
  };
}

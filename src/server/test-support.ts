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

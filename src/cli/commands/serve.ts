import type { Command } from 'commander';
import { z } from 'zod';
import { addLlmOptions, resolveLlmConfig } from '../../llm/config.ts';
import { loadSafetyConfig } from '../../safety/load-config.ts';
import { TinystepError } from '../../spec/errors.ts';
import type { CliContext } from '../context.ts';
import { writeLine } from '../context.ts';

const ServeOptions = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  db: z.string().optional(),
  pg: z.string().optional(),
  log: z.boolean().optional(),
  cors: z.string().optional(),
  llm: z.string().optional(),
  llmBaseUrl: z.string().optional(),
  llmModel: z.string().optional(),
});

export type ServeFlags = z.input<typeof ServeOptions>;

/** Starts the API and web UI and waits until Ctrl-C; shared by `serve` and `start`. */
export async function serveUntilStopped(
  flags: ServeFlags,
  context: CliContext,
  buildUi: boolean,
): Promise<void> {
  const parsed = ServeOptions.safeParse(flags);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TinystepError('usage', `--${issue.path.join('.')}: ${issue.message}`, {
      hint: "run 'tinystep serve --help'",
    });
  }
  const options = parsed.data;
  // bad model settings fail here, at start, not at the first turn
  const llm = resolveLlmConfig({ env: context.env, flags: options });
  const safetyConfig = loadSafetyConfig({ env: context.env });
  const { startServer } = await import('../../server/start-server.ts');
  if (buildUi) {
    const { ensureWebBuilt } = await import('../../server/web-build.ts');
    await ensureWebBuilt((line) => writeLine(context.stderr, line));
  }
  const pg = options.pg ?? context.env.TINYSTEP_PG_URL;
  const server = await startServer({
    port: options.port,
    host: options.host,
    db: pg ? undefined : options.db,
    pg,
    log: options.log ?? false,
    corsOrigins: options.cors ? options.cors.split(',').map((origin) => origin.trim()) : undefined,
    env: context.env,
    llm,
    safetyConfig,
  });
  writeLine(
    context.stdout,
    `tinystep is listening on ${server.url}  (${server.storeDescription}; Ctrl-C to stop)`,
  );
  await new Promise<void>((resolve) => {
    if (context.signal.aborted) resolve();
    context.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
  writeLine(context.stdout, 'tinystep stopped; every acknowledged turn and pending nudge is in the store.');
}

export function registerServe(program: Command, context: CliContext): void {
  const command = program
    .command('serve')
    .description('serve the HTTP API and the web UI')
    .option('--port <port>', 'port to listen on', '3000')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--db <file>', 'SQLite database file (default ./data/tinystep.db)')
    .option('--pg <url>', 'PostgreSQL URL instead of SQLite (or TINYSTEP_PG_URL)')
    .option('--cors <origins>', 'comma-separated origins allowed to call the API (none by default)')
    .option('--log', 'log request lines (method, path, status; never session text)');
  addLlmOptions(command).action((options: ServeFlags) => serveUntilStopped(options, context, false));
}

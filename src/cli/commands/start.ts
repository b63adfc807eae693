import type { Command } from 'commander';
import { addLlmOptions } from '../../llm/config.ts';
import type { CliContext } from '../context.ts';
import { type ServeFlags, serveUntilStopped } from './serve.ts';

/** `npm start`: build the web UI when it is missing or stale, then serve it with SQLite at ./data/tinystep.db. */
export function registerStart(program: Command, context: CliContext): void {
  const command = program
    .command('start')
    .description('build the web UI if needed and serve it on http://localhost:3000 (what `npm start` runs)')
    .option('--port <port>', 'port to listen on', '3000')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--db <file>', 'SQLite database file (default ./data/tinystep.db)');
  addLlmOptions(command).action((options: ServeFlags) => serveUntilStopped(options, context, true));
}

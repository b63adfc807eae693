import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { notBuilt } from '../not-built.ts';

export function registerChat(program: Command, _context: CliContext): void {
  program
    .command('chat')
    .description('(not available yet)')
    .action(() => notBuilt('chat'));
}

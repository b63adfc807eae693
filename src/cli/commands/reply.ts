import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { notBuilt } from '../not-built.ts';

export function registerReply(program: Command, _context: CliContext): void {
  program
    .command('reply')
    .description('(not available yet)')
    .action(() => notBuilt('reply'));
}

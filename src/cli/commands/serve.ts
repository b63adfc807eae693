import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { notBuilt } from '../not-built.ts';

export function registerServe(program: Command, _context: CliContext): void {
  program
    .command('serve')
    .description('(not available yet)')
    .action(() => notBuilt('serve'));
}

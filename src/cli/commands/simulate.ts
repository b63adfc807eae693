import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { notBuilt } from '../not-built.ts';

export function registerSimulate(program: Command, _context: CliContext): void {
  program
    .command('simulate')
    .description('(not available yet)')
    .action(() => notBuilt('simulate'));
}

import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { notBuilt } from '../not-built.ts';

export function registerStart(program: Command, _context: CliContext): void {
  program
    .command('start')
    .description('(not available yet)')
    .action(() => notBuilt('start'));
}

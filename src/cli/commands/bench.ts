import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { notBuilt } from '../not-built.ts';

export function registerBench(program: Command, _context: CliContext): void {
  program
    .command('bench')
    .description('(not available yet)')
    .action(() => notBuilt('bench'));
}

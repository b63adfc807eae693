import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { notBuilt } from '../not-built.ts';

export function registerMigrate(program: Command, _context: CliContext): void {
  program
    .command('migrate')
    .description('(not available yet)')
    .action(() => notBuilt('migrate'));
}

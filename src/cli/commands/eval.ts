import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { notBuilt } from '../not-built.ts';

export function registerEval(program: Command, _context: CliContext): void {
  program
    .command('eval')
    .description('(not available yet)')
    .action(() => notBuilt('eval'));
}

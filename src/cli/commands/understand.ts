import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { notBuilt } from '../not-built.ts';

export function registerUnderstand(program: Command, _context: CliContext): void {
  program
    .command('understand')
    .description('(not available yet)')
    .action(() => notBuilt('understand'));
}

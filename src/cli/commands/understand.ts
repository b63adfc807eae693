import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { TinystepError } from '../../spec/errors.ts';
import type { Observation } from '../../spec/observation.ts';
import { understand } from '../../understanding/index.ts';
import { type CliContext, writeLine } from '../context.ts';

/** One readable line per utterance: the observations in short form. */
function describe(observation: Observation): string {
  switch (observation.kind) {
    case 'request': {
      const details = [
        observation.when,
        observation.afterMs === undefined ? undefined : `${observation.afterMs / 1000}s`,
        observation.condition,
        observation.phrase === undefined ? undefined : `"${observation.phrase}"`,
      ].filter(Boolean);
      return `request:${observation.type}${details.length ? `(${details.join(', ')})` : ''}`;
    }
    case 'sensation':
      return `sensation:${observation.part}=${observation.quality}`;
    case 'emotion':
      return `emotion:${observation.label}`;
    case 'progress':
      return `progress:${observation.status}${observation.discounting ? '(discounting)' : ''}`;
    case 'task':
      return `task:${observation.domain}(${observation.object})`;
    case 'rating':
      return `rating:${observation.value}`;
    case 'risk':
      return `RISK:${observation.type}(${observation.level})`;
    case 'proposal':
      return `proposal${observation.afterMs === undefined ? '' : `(${observation.afterMs / 1000}s)`}`;
    default:
      return observation.kind;
  }
}

function openInput(file: string | undefined, context: CliContext): Readable {
  if (file === undefined || file === '-') return context.stdin;
  const path = resolve(context.cwd, file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new TinystepError('not-found', `no such file: ${file}`, {
      hint: 'give a text file with one utterance per line, or pipe the utterances on stdin',
    });
  }
  return createReadStream(path, { encoding: 'utf8' });
}

export function registerUnderstand(program: Command, context: CliContext): void {
  program
    .command('understand')
    .description('read client utterances (one per line) and print what tinystep understands in each')
    .argument('[file]', 'text file, one utterance per line (default: stdin)')
    .option('--json', 'JSON Lines out: {"text", "observations"} per input line, in order')
    .action(async (file: string | undefined, options: { json?: boolean }) => {
      const input = openInput(file, context);
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        const observations = understand(line);
        if (options.json) writeLine(context.stdout, JSON.stringify({ text: line, observations }));
        else writeLine(context.stdout, `${observations.map(describe).join('  ') || '(nothing)'}\t${line}`);
      }
    });
}

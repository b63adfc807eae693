import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { TinystepError } from '../../spec/errors.ts';
import type { Observation } from '../../spec/observation.ts';
import { analyse, type ExplainedObservation } from '../../understanding/index.ts';
import { type CliContext, writeLine } from '../context.ts';

/** One readable line per utterance: the observations in short form. */
function describe(observation: Observation): string {
  switch (observation.kind) {
    case 'request': {
      const details = [
        observation.when,
        observation.afterMs === undefined ? undefined : `${observation.afterMs / 1000}s`,
        observation.atClock === undefined ? undefined : `at ${observation.atClock}`,
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

/** One observation with why: `request:nudge(600s)  reader request-rules (rule)  span 0-13 "ping me in 10"  confidence 0.85`. */
function explain(item: ExplainedObservation, line: string): string {
  const [start, end] = item.observation.span;
  const said = JSON.stringify(line.slice(start, end));
  return `${describe(item.observation).padEnd(30)} reader ${item.reader} (${item.source})  span ${start}-${end} ${said}  confidence ${item.confidence.toFixed(2)}`;
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
    .option(
      '--explain',
      'for each observation: the reader, its source (rule/model), the span and the confidence',
    )
    .action(async (file: string | undefined, options: { json?: boolean; explain?: boolean }) => {
      const input = openInput(file, context);
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        const { observations, explained } = analyse(line);
        if (options.json)
          writeLine(
            context.stdout,
            JSON.stringify(
              options.explain ? { text: line, observations, explained } : { text: line, observations },
            ),
          );
        else if (options.explain) {
          writeLine(context.stdout, line);
          for (const item of explained) writeLine(context.stdout, `  ${explain(item, line)}`);
          if (explained.length === 0) writeLine(context.stdout, '  (nothing)');
        } else writeLine(context.stdout, `${observations.map(describe).join('  ') || '(nothing)'}\t${line}`);
      }
    });
}

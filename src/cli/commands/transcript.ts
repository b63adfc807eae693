import type { Command } from 'commander';
import { TinystepError } from '../../spec/errors.ts';
import { writeTranscriptJsonl } from '../../transcript/jsonl.ts';
import { readTranscriptFile } from '../../transcript/read-file.ts';
import { writeTranscriptText } from '../../transcript/write-text.ts';
import type { CliContext } from '../context.ts';

export function registerTranscript(program: Command, context: CliContext): void {
  program
    .command('transcript')
    .description('convert a transcript between the text form ("Client: …") and JSON Lines')
    .argument('<file>', 'a transcript in the text or JSON Lines form')
    .option('--to <form>', 'output form: text or jsonl', 'jsonl')
    .addHelpText('after', '\nExample:\n  tinystep transcript session.txt --to jsonl > session.jsonl')
    .action((file: string, options: { to: string }) => {
      if (options.to !== 'text' && options.to !== 'jsonl') {
        throw new TinystepError('usage', `--to must be "text" or "jsonl", not "${options.to}"`, {
          hint: 'run: tinystep transcript <file> --to text',
        });
      }
      const turns = readTranscriptFile(file);
      context.stdout.write(options.to === 'text' ? writeTranscriptText(turns) : writeTranscriptJsonl(turns));
    });
}

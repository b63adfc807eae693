import { Command, CommanderError } from 'commander';
import { TinystepError } from '../spec/errors.ts';
import { registerBench } from './commands/bench.ts';
import { registerChat } from './commands/chat.ts';
import { registerEval } from './commands/eval.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerReply } from './commands/reply.ts';
import { registerServe } from './commands/serve.ts';
import { registerSimulate } from './commands/simulate.ts';
import { registerStart } from './commands/start.ts';
import { registerTranscript } from './commands/transcript.ts';
import { registerUnderstand } from './commands/understand.ts';
import type { CliContext } from './context.ts';
import { reportError } from './report-error.ts';
import { VERSION } from './version.ts';

export function buildProgram(context: CliContext): Command {
  const program = new Command('tinystep')
    .description(
      'A coaching engine for avoidance: one tiny step at a time, with nudges that keep their promises.',
    )
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces for unexpected errors')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      // commander's own error lines are replaced by ours, one line each (see runCli)
      outputError: () => {},
    })
    .exitOverride();
  for (const register of [
    registerChat,
    registerReply,
    registerUnderstand,
    registerTranscript,
    registerEval,
    registerSimulate,
    registerBench,
    registerServe,
    registerMigrate,
    registerStart,
  ]) {
    register(program, context);
  }
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/** Turns commander's parse errors into our one-line usage errors. */
function usageErrorFrom(error: CommanderError, argv: string[]): TinystepError {
  const verb = argv.find((word) => !word.startsWith('-'));
  const message = error.message
    .replace(/^error: /, '')
    .replace(/\n+/g, ' ')
    .trim();
  if (error.code === 'commander.unknownCommand' || !verb) {
    return new TinystepError('usage', message, { hint: "run 'tinystep --help' to see the verbs" });
  }
  return new TinystepError('usage', message, { hint: `run 'tinystep ${verb} --help' to see what it takes` });
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const debug = argv.includes('--debug');
  const program = buildProgram(context);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return 0;
      return reportError(usageErrorFrom(error, argv), {
        debug,
        write: (line) => context.stderr.write(`${line}\n`),
      });
    }
    return reportError(error, { debug, write: (line) => context.stderr.write(`${line}\n`) });
  }
}

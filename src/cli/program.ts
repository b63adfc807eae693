import { Command, CommanderError } from 'commander';
import { TinystepError } from '../spec/errors.ts';
import type { CliContext } from './context.ts';
import { reportError } from './report-error.ts';
import { VERSION } from './version.ts';

type Register = (program: Command, context: CliContext) => void;

// Each verb's module pulls in its own world (the server, the database drivers, the simulator), about
// a second of loading in all; a run loads only the verb it was given, so `tinystep understand` starts
// fast. Help and unknown verbs load every verb, to list them and suggest the nearest.
const VERBS: Record<string, () => Promise<Register>> = {
  chat: async () => (await import('./commands/chat.ts')).registerChat,
  reply: async () => (await import('./commands/reply.ts')).registerReply,
  understand: async () => (await import('./commands/understand.ts')).registerUnderstand,
  transcript: async () => (await import('./commands/transcript.ts')).registerTranscript,
  eval: async () => (await import('./commands/eval.ts')).registerEval,
  simulate: async () => (await import('./commands/simulate.ts')).registerSimulate,
  bench: async () => (await import('./commands/bench.ts')).registerBench,
  serve: async () => (await import('./commands/serve.ts')).registerServe,
  migrate: async () => (await import('./commands/migrate.ts')).registerMigrate,
  start: async () => (await import('./commands/start.ts')).registerStart,
};

/** The program with the verb `argv` names, or every verb when it names none we know. */
export async function buildProgram(context: CliContext, argv: readonly string[] = []): Promise<Command> {
  const verb = argv.find((word) => !word.startsWith('-'));
  const versionOnly = verb === undefined && argv.some((word) => word === '-V' || word === '--version');
  const wanted =
    verb !== undefined && Object.hasOwn(VERBS, verb) ? [verb] : versionOnly ? [] : Object.keys(VERBS);
  const registers = await Promise.all(wanted.map((name) => VERBS[name]()));
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
  for (const register of registers) register(program, context);
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
  const program = await buildProgram(context, argv);
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

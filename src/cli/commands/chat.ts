import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Command } from 'commander';
import type { TherapistMessage } from '../../coach/types.ts';
import { addLlmOptions, type LlmFlags, resolveLlmConfig } from '../../llm/config.ts';
import { createRealizerFromConfig } from '../../realizer/llm-realizer.ts';
import { loadSafetyConfig } from '../../safety/load-config.ts';
import { TinystepError } from '../../spec/errors.ts';
import { openStore } from '../../store/index.ts';
import { writeTranscriptText } from '../../transcript/index.ts';
import { type CliContext, writeLine } from '../context.ts';
import { type ChatBackend, durableBackend, memoryBackend } from './chat-backend.ts';
import { parseSeed } from './reply.ts';

type ChatOptions = LlmFlags & {
  json?: boolean;
  seed?: string;
  save?: string;
  wait?: boolean;
  db?: string | true;
  resume?: string;
};

const HELP_LINE =
  'Type to talk. /done to finish, /rate 0-10 to rate how heavy it feels, /quit to leave. Ctrl-C ends properly.';

/** A new session in memory, or a durable one in the store (with --db or --resume). */
async function startSession(options: ChatOptions, context: CliContext): Promise<ChatBackend> {
  const seed = options.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : parseSeed(options.seed);
  const llm = resolveLlmConfig({ env: context.env, flags: options });
  const realizer = llm.provider === 'none' ? undefined : createRealizerFromConfig(llm);
  const safetyConfig = loadSafetyConfig({ env: context.env });
  if (options.db === undefined && options.resume === undefined)
    // a given seed names the session too, so scripted runs are repeatable to the byte
    return memoryBackend({
      seed,
      realizer,
      safetyConfig,
      sessionId: options.seed === undefined ? undefined : `chat-${seed}`,
    });
  const store = await openStore({
    db: typeof options.db === 'string' ? resolve(context.cwd, options.db) : undefined,
  });
  try {
    const backend = await durableBackend({ store, seed, resume: options.resume, realizer, safetyConfig });
    return {
      ...backend,
      dispose: async () => {
        await backend.dispose();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Handles a slash command; returns 'end' when the conversation should stop reading. */
async function slash(
  line: string,
  coach: ChatBackend,
  say: (text: string) => void,
): Promise<'end' | 'handled' | 'none'> {
  if (line === '/done' || line === '/quit') return 'end';
  const rate = line.match(/^\/rate\s+(\d+(?:\.\d+)?)$/);
  if (rate) {
    const value = Number(rate[1]);
    if (value > 10) say('A rating is 0 to 10, like /rate 6.');
    else await coach.rate(value);
    return 'handled';
  }
  if (line.startsWith('/')) {
    say(HELP_LINE);
    return 'handled';
  }
  return 'none';
}

/** Waits (keeping the process alive) until no nudge is pending or the verb is interrupted. */
async function waitForNudges(coach: ChatBackend, signal: AbortSignal): Promise<void> {
  while (!signal.aborted && coach.pendingNudges().length > 0) {
    const next = Math.min(...coach.pendingNudges().map((nudge) => nudge.dueAt));
    await new Promise<void>((done) => {
      const timer = setTimeout(done, Math.max(20, next - Date.now() + 20));
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        done();
      });
    });
  }
}

function summaryLine(coach: ChatBackend): string {
  const state = coach.state();
  const ratings = state.ratings.length > 0 ? `, heaviness ${state.ratings.join(' → ')} of 10` : '';
  return `Session ${coach.id}: ${state.clientTurns} turns, ${state.wins} steps counted${ratings}.`;
}

function countdown(coach: ChatBackend): string {
  const pending = coach.pendingNudges();
  if (pending.length === 0) return '';
  const next = Math.max(0, Math.ceil((Math.min(...pending.map((nudge) => nudge.dueAt)) - Date.now()) / 1000));
  return `[nudge in ${Math.floor(next / 60)}:${String(next % 60).padStart(2, '0')}${pending.length > 1 ? ` +${pending.length - 1}` : ''}] `;
}

export function registerChat(program: Command, context: CliContext): void {
  const command = program
    .command('chat')
    .description(
      'a coaching session in the terminal, with nudges at their time (JSON Lines without a terminal)',
    )
    .option('--json', 'read client lines on stdin, write one JSON line per therapist message')
    .option('--seed <n>', 'seed for phrasing: the same seed and words give the same replies')
    .option('--save <file>', 'save the transcript there when the session ends')
    .option('--wait', 'at the end of stdin, wait for pending nudges before closing')
    .option('--db [file]', 'keep the session in a SQLite file (default ./data/tinystep.db)')
    .option('--resume <id>', 'continue a session kept with --db');
  addLlmOptions(command).action(async (options: ChatOptions) => {
    const coach = await startSession(options, context);
    const json = options.json === true || !context.stdin.isTTY;
    try {
      if (json) await runJson(coach, options, context);
      else await runTerminal(coach, context);
    } finally {
      if (options.save) writeFileSync(resolve(context.cwd, options.save), writeTranscriptText(coach.turns()));
      await coach.dispose();
    }
  });
}

async function runJson(coach: ChatBackend, options: ChatOptions, context: CliContext): Promise<void> {
  coach.onMessage((message: TherapistMessage) =>
    writeLine(
      context.stdout,
      JSON.stringify({
        sessionId: coach.id,
        role: 'therapist',
        text: message.text,
        nudge: message.nudge,
        at: message.at,
      }),
    ),
  );
  await coach.open();
  const lines = createInterface({ input: context.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const stop = () => lines.close();
  context.signal.addEventListener('abort', stop);
  let ended = false;
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line || ended) continue;
    const command = await slash(line, coach, (text) => context.stderr.write(`${text}\n`));
    if (command === 'end') {
      ended = true;
      lines.close();
    } else if (command === 'none') await coach.receive(line);
  }
  context.signal.removeEventListener('abort', stop);
  if (options.wait && !ended) await waitForNudges(coach, context.signal);
  await coach.close();
}

async function runTerminal(coach: ChatBackend, context: CliContext): Promise<void> {
  const out = context.stdout;
  const lines: Interface = createInterface({ input: context.stdin, output: out, terminal: true });
  const prompt = () => {
    lines.setPrompt(`${countdown(coach)}you › `);
    lines.prompt(true);
  };
  const show = (message: TherapistMessage) => {
    // a nudge arrives while the person may be typing: print above the prompt, then redraw it
    out.write('\r\x1b[2K');
    writeLine(out, `${message.nudge ? 'coach (nudge)' : 'coach'} › ${message.text}`);
    prompt();
  };
  coach.onMessage(show);
  writeLine(out, HELP_LINE);
  await coach.open();
  const ticker = setInterval(() => {
    if (coach.pendingNudges().length > 0) prompt();
  }, 1000);
  await new Promise<void>((done) => {
    const finish = () => {
      lines.close();
      done();
    };
    lines.on('SIGINT', finish);
    lines.on('close', done);
    context.signal.addEventListener('abort', finish);
    lines.on('line', async (raw) => {
      const line = raw.trim();
      if (!line) return prompt();
      try {
        const command = await slash(line, coach, (text) => writeLine(out, text));
        if (command === 'end') return finish();
        if (command === 'none') await coach.receive(line);
        else prompt();
      } catch (error) {
        writeLine(
          out,
          error instanceof TinystepError ? error.message : 'Something went wrong with that turn.',
        );
        prompt();
      }
    });
  });
  clearInterval(ticker);
  coach.onMessage(() => {});
  await coach.close();
  writeLine(out, '');
  writeLine(out, summaryLine(coach));
}

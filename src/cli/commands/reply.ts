import { resolve } from 'node:path';
import type { Command } from 'commander';
import { replyToTranscript } from '../../coach/replay.ts';
import { addLlmOptions, type LlmFlags, resolveLlmConfig } from '../../llm/config.ts';
import { loadSafetyConfig } from '../../safety/load-config.ts';
import { TinystepError } from '../../spec/errors.ts';
import { readTranscriptFile } from '../../transcript/index.ts';
import { type CliContext, writeLine } from '../context.ts';
import { OPTIMISER_PAYS_AFTER_TURNS, releaseOptimiser } from '../optimiser-hold.ts';

type ReplyOptions = LlmFlags & { json?: boolean; allTurns?: boolean; seed?: string };

export function parseSeed(value: string | undefined): number {
  if (value === undefined) return 1;
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0)
    throw new TinystepError('usage', `--seed ${value}: not a whole number`, {
      hint: 'give a seed like --seed 7',
    });
  return seed;
}

function seconds(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`;
}

export function registerReply(program: Command, context: CliContext): void {
  const command = program
    .command('reply')
    .description(
      "the coach's next turn for a transcript's last client turn (the other therapist's turns are read too)",
    )
    .argument('<transcript>', 'transcript file: "Speaker: text" turns, or JSON Lines')
    .option('--json', 'one JSON document: {"turn", "text", "moves", "nudges", "realizer"}')
    .option('--all-turns', 'one JSON line per client turn, as if the transcript stopped there')
    .option('--seed <n>', 'seed for phrasing (same seed, same reply)', '1');
  addLlmOptions(command).action(async (file: string, options: ReplyOptions) => {
    const seed = parseSeed(options.seed);
    const llm = resolveLlmConfig({ env: context.env, flags: options });
    // the AI SDK loads only when a model is configured: the usual run never pays for it
    const realizer =
      llm.provider === 'none'
        ? undefined
        : (await import('../../realizer/llm-realizer.ts')).createRealizerFromConfig(llm);
    const safetyConfig = loadSafetyConfig({ env: context.env });
    const turns = readTranscriptFile(resolve(context.cwd, file));
    // main.ts held the optimiser off for a cold reply; a long transcript is worth optimising for
    if (turns.length > OPTIMISER_PAYS_AFTER_TURNS) releaseOptimiser();
    if (!turns.some((turn) => turn.role === 'client'))
      throw new TinystepError('invalid-input', `${file}: has no client turn to reply to`, {
        hint: 'client speakers are Patient, Client or User',
      });
    const replies = await replyToTranscript(turns, {
      which: options.allTurns ? 'all' : 'last',
      seed,
      realizer,
      safetyConfig,
    });
    if (options.allTurns) {
      for (const reply of replies)
        writeLine(
          context.stdout,
          JSON.stringify({
            turn: reply.turn,
            text: reply.text,
            moves: reply.moves,
            nudges: reply.nudges,
            realizer: reply.realizer,
            ...(reply.fallbackReason ? { fallbackReason: reply.fallbackReason } : {}),
          }),
        );
      return;
    }
    const [reply] = replies;
    if (options.json) {
      writeLine(context.stdout, JSON.stringify(reply));
      return;
    }
    writeLine(context.stdout, `Coach: ${reply.text}`);
    for (const nudge of reply.nudges)
      writeLine(context.stdout, `  (nudge in ${seconds(nudge.dueInMs)}) ${nudge.text}`);
  });
}

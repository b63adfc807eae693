import { VirtualClock } from '../clock/index.ts';
import type { Realizer } from '../realizer/types.ts';
import type { SafetyConfig } from '../safety/index.ts';
import type { Move } from '../spec/move.ts';
import type { Turn } from '../spec/transcript.ts';
import { type CoachRuntime, createCoachSession } from './coach-session.ts';
import type { TherapistMessage } from './types.ts';

/** The coach's answer to one client turn of a transcript, as if the transcript stopped there. */
export type ReplayedReply = {
  /** 0-based position of the client turn in the transcript. */
  turn: number;
  /** The coach's reply. */
  text: string;
  moves: Move[];
  nudges: { id: string; dueInMs: number; text: string }[];
  realizer: 'template' | 'llm';
  fallbackReason?: string;
};

export type ReplayOptions = {
  seed?: number;
  locale?: string;
  realizer?: Realizer;
  sessionId?: string;
  safetyConfig?: SafetyConfig;
};

// turns without times are spaced like a typed conversation
const DEFAULT_TURN_GAP_MS = 30_000;

/**
 * Replays a transcript (both sides: the other therapist's steps and promises count) and gives the
 * coach's reply to each client turn in `which` — all of them, or only the last.
 */
export async function replyToTranscript(
  turns: readonly Turn[],
  options: ReplayOptions & { which: 'last' | 'all' },
): Promise<ReplayedReply[]> {
  const seed = options.seed ?? 1;
  const sessionId = options.sessionId ?? 'replay';
  const clientIndexes = turns.flatMap((turn, index) => (turn.role === 'client' ? [index] : []));
  const wanted = new Set(options.which === 'all' ? clientIndexes : clientIndexes.slice(-1));
  const base = createCoachSession({
    clock: new VirtualClock(0),
    seed,
    sessionId,
    locale: options.locale,
    realizer: options.realizer,
    safetyConfig: options.safetyConfig,
  });
  const replies: ReplayedReply[] = [];
  let at = 0;
  for (const [index, turn] of turns.entries()) {
    at = turn.at ?? (index === 0 ? 0 : at + DEFAULT_TURN_GAP_MS);
    if (turn.role === 'client' && wanted.has(index))
      replies.push(await replyAt(base, turn.text, at, index, options));
    if (turn.role === 'client') await base.ingestClientTurn(turn.text);
    else if (!turn.nudge || turn.text.trim()) base.ingestTherapistTurn(turn.text);
  }
  return replies;
}

/** Forks the replayed session at this point and lets the coach answer; nudges are run to see what they say. */
async function replyAt(
  base: CoachRuntime,
  text: string,
  at: number,
  index: number,
  options: ReplayOptions,
): Promise<ReplayedReply> {
  const clock = new VirtualClock(at);
  const fork = createCoachSession({
    clock,
    events: base.events(),
    realizer: options.realizer,
    safetyConfig: options.safetyConfig,
    seed: options.seed ?? 1,
    sessionId: base.id,
    locale: options.locale,
  });
  const nudgeTexts = new Map<number, TherapistMessage>();
  fork.onMessage((message) => {
    if (message.nudge) nudgeTexts.set(message.at, message);
  });
  const turn = await fork.receive(text);
  const reply = turn.messages[0];
  const nudges: ReplayedReply['nudges'] = [];
  for (const nudge of [...turn.nudges].sort((first, second) => first.dueAt - second.dueAt)) {
    clock.advanceTo(nudge.dueAt);
    await settle();
    const fired = [...fork.events()]
      .reverse()
      .find((event) => event.type === 'therapist-said' && event.nudgeId === nudge.id);
    nudges.push({
      id: nudge.id,
      dueInMs: nudge.afterMs,
      text: fired?.type === 'therapist-said' ? fired.text : '',
    });
  }
  return {
    turn: index,
    text: reply.text,
    moves: turn.moves,
    nudges,
    realizer: reply.realizer ?? 'template',
    ...(reply.fallbackReason ? { fallbackReason: reply.fallbackReason } : {}),
  };
}

/** Lets queued turns and nudge firings finish (virtual time, no I/O: a macrotask is enough). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

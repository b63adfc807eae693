import { defaultRealizer } from '../coach/default-realizer.ts';
import { replyToTranscript } from '../coach/replay.ts';
import type { Realizer } from '../realizer/types.ts';
import type { SafetyConfig } from '../safety/index.ts';
import type { Clock } from '../spec/clock.ts';
import type { Turn } from '../spec/transcript.ts';
import { withoutNudgePromises } from './no-nudge-channel.ts';
import type { ReplyToTranscript } from './routes/chat-completions.ts';

// an OpenAI transcript carries no times: its turns are spaced like a typed conversation
const TURN_GAP_MS = 30_000;

/**
 * The transcript's turns timed back from now, the last one now: the replay's clock is then the
 * caller's, so "remind me at 3pm" is hours from this moment (without times the replay ran in
 * January 1970, and "at 3pm" became "in 14 hours and 59 minutes" whatever the hour).
 */
export function timedBackFromNow(turns: readonly Turn[], now: number): Turn[] {
  return turns.map((turn, index) => ({ ...turn, at: now - (turns.length - 1 - index) * TURN_GAP_MS }));
}

/** `/v1/chat/completions`' coach: the next turn for a transcript, for a channel that cannot nudge. */
export function createTranscriptReply(options: {
  clock: Clock;
  realizer?: Realizer;
  safetyConfig?: SafetyConfig;
}): ReplyToTranscript {
  return async (turns, { seed, locale }) => {
    const [reply] = await replyToTranscript(timedBackFromNow(turns, options.clock.now()), {
      seed,
      which: 'last',
      ...(locale ? { locale } : {}),
      // this channel cannot reach the person later: the plan says so instead of promising a nudge
      realizer: withoutNudgePromises(options.realizer ?? defaultRealizer(seed ?? 1)),
      safetyConfig: options.safetyConfig,
    });
    return {
      text: reply?.text ?? '',
      nudges: (reply?.nudges ?? []).map((nudge) => ({ dueInMs: nudge.dueInMs, text: nudge.text })),
    };
  };
}

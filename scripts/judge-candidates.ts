/**
 * The two machine candidates for one excerpt: tinystep's reply to the last seeker turn (the coach
 * replaying the excerpt as a transcript, exactly what `tinystep reply` does) and ELIZA's (the
 * runner's seeded ELIZA fed the seeker turns in order).
 */
import { VirtualClock } from '../src/clock/index.ts';
import { replyToTranscript } from '../src/coach/replay.ts';
import { elizaTherapist } from '../src/runner/eliza-therapist.ts';
import { loadSafetyConfig } from '../src/safety/load-config.ts';
import { deriveSeed } from '../src/simulator/prng.ts';
import type { Turn } from '../src/spec/transcript.ts';
import type { Excerpt } from './judge-files.ts';

/** The excerpt up to and including its last seeker turn: the point where a reply is due. */
export function contextTurns(excerpt: Excerpt): Excerpt['turns'] {
  const last = excerpt.turns.map((turn) => turn.role).lastIndexOf('seeker');
  return excerpt.turns.slice(0, last + 1);
}

// the excerpts carry no times; a session clock at 00:00 read "remind me at 3:30" as 3:30am, which no
// one chatting about their day means: the replay starts mid-morning, turns half a minute apart
export const EXCERPT_START_MS = 10 * 60 * 60 * 1000;
const TURN_GAP_MS = 30_000;

export function asTranscript(turns: Excerpt['turns']): Turn[] {
  return turns.map((turn, index) => ({
    role: turn.role === 'seeker' ? 'client' : 'therapist',
    text: turn.text,
    at: EXCERPT_START_MS + index * TURN_GAP_MS,
  }));
}

export async function tinystepReply(excerpt: Excerpt, seed: number): Promise<string> {
  const turns = asTranscript(contextTurns(excerpt));
  const [reply] = await replyToTranscript(turns, {
    which: 'last',
    // one session per excerpt, each with its own seed, as ELIZA gets below: with one seed for all,
    // every excerpt's reply picks the same phrasing, which no real session would show
    seed: deriveSeed(seed, excerpt.id),
    safetyConfig: loadSafetyConfig({ env: process.env }),
  });
  return reply.text;
}

export async function elizaReply(excerpt: Excerpt, seed: number): Promise<string> {
  const eliza = elizaTherapist.create({
    clock: new VirtualClock(0),
    seed: deriveSeed(seed, excerpt.id),
    sessionId: excerpt.id,
  });
  await eliza.open();
  let last = '';
  for (const turn of contextTurns(excerpt)) {
    if (turn.role !== 'seeker') continue;
    const said = await eliza.reply(turn.text);
    last = said.map((message) => message.text).join(' ');
  }
  return last;
}

/**
 * For tests of listening replies: the coach's reply to the last of some lines, the person speaking first and
 * the coach between (through the real understanding, policy and template realizer), and the stock probes a
 * reply that takes up what was said must not fall back on. Shared so each test file does not keep its copy.
 */
import { replyToTranscript } from '../replay.ts';

export const STOCK_PROBE =
  /hardest part of that for you|Can you tell me more about that|What feels hardest about it right now|What comes up for you when you think about|on your mind about/i;

/** The reply to the last line; lines alternate person, coach, person… starting with the person. */
export async function replyToLines(lines: readonly string[], seed: number) {
  const turns = lines.map((text, index) => ({
    role: index % 2 === 0 ? ('client' as const) : ('therapist' as const),
    text,
  }));
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return reply;
}

/** The reply to the last of the person's lines, said one after another after the coach's opening question. */
export async function replyToPersonLines(
  lines: readonly string[],
  seed: number,
): Promise<{ text: string; moves: string[] }> {
  const turns = [
    { role: 'therapist' as const, text: "What's on your mind today?" },
    ...lines.map((text) => ({ role: 'client' as const, text })),
  ];
  const [reply] = await replyToTranscript(turns, { which: 'last', seed });
  return { text: reply.text, moves: reply.moves.map((move) => move.type) };
}

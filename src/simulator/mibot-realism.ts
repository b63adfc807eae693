/**
 * The real side of the MIBot realism check (issue 18): real people's client turns from MIBot v6.3A
 * (data/third-party/mibot-v6.3a, CC BY-SA 4.0) against simulated smokers. Pure: how a conversation
 * becomes client turns, which half a conversation is in, and which window of turns an excerpt takes.
 * The scripts `realism-mibot-*.ts` read and write the files.
 *
 * Both sides are cut by the same rule (`excerptWindow`), so where an excerpt starts and how long it
 * is cannot tell the sides apart.
 */
import { z } from 'zod';
import { TinystepError } from '../spec/errors.ts';
import { createRandom, type Random } from './prng.ts';

/** The seed of the dev / held-out split; changing it reshuffles which chats were seen. */
export const MIBOT_SPLIT_SEED = 1812;

export type MibotHalf = 'dev' | 'held-out';

const utteranceSchema = z.object({
  speaker: z.enum(['therapist', 'client']),
  text: z.string(),
  label: z.string().optional(),
});
export const mibotConversationSchema = z.object({ id: z.string(), utterances: z.array(utteranceSchema) });
export type MibotConversation = z.infer<typeof mibotConversationSchema>;

/** One client turn (the client's utterances between two counsellor turns) and the turn it answers. */
export type ClientTurn = { text: string; after: string };

/** Parses utterances.jsonl; a bad line names its number. */
export function parseMibotLines(source: string): MibotConversation[] {
  return source
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const result = mibotConversationSchema.safeParse(JSON.parse(line));
      if (!result.success)
        throw new TinystepError(
          'invalid-input',
          `utterances.jsonl line ${index + 1}: not a MIBot conversation`,
          {
            hint: 'regenerate it with scripts/import-mibot.ts',
          },
        );
      return result.data;
    });
}

/**
 * Client turns as the person typed them: MIBot stores a message split into utterances ("I've tried
 * quitting many times," / "but it never sticks"), so consecutive client utterances are one turn.
 */
export function clientTurns(conversation: MibotConversation): ClientTurn[] {
  const turns: ClientTurn[] = [];
  let counsellor: string[] = [];
  let client: string[] = [];
  const flush = () => {
    if (client.length > 0) turns.push({ text: client.join(' '), after: counsellor.join(' ') });
    client = [];
  };
  for (const utterance of conversation.utterances) {
    if (utterance.speaker === 'client') {
      client.push(utterance.text.trim());
      continue;
    }
    if (client.length > 0) {
      flush();
      counsellor = [];
    }
    counsellor.push(utterance.text.trim());
  }
  flush();
  return turns;
}

/**
 * Splits conversation ids into a dev half and a held-out half by a seeded shuffle of the sorted ids
 * (the file's order plays no part). Only the dev half may be read or used for tuning.
 */
export function splitMibot(ids: readonly string[], seed = MIBOT_SPLIT_SEED): Record<MibotHalf, string[]> {
  const shuffled = [...ids].sort();
  const random = createRandom(seed);
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = random.int(index + 1);
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  const middle = Math.ceil(shuffled.length / 2);
  return { dev: shuffled.slice(0, middle).sort(), 'held-out': shuffled.slice(middle).sort() };
}

/** The conversations of one half, in id order. */
export function mibotHalf(
  conversations: readonly MibotConversation[],
  half: MibotHalf,
  seed = MIBOT_SPLIT_SEED,
): MibotConversation[] {
  const wanted = new Set(
    splitMibot(
      conversations.map((conversation) => conversation.id),
      seed,
    )[half],
  );
  return conversations.filter((conversation) => wanted.has(conversation.id));
}

/** Excerpt length and where it may start (client turns); the same for both sides. */
export const EXCERPT_SHAPE = { shortest: 5, longest: 8, latestStart: 3 } as const;

/**
 * A window of 5–8 consecutive client turns starting at one of the first four (the opening
 * greeting answered or not, never the sign-off at the end), or undefined when too few turns.
 */
export function excerptWindow(turns: readonly string[], random: Random): string[] | undefined {
  const { shortest, longest, latestStart } = EXCERPT_SHAPE;
  if (turns.length < shortest) return undefined;
  const length = Math.min(turns.length, shortest + random.int(longest - shortest + 1));
  const start = random.int(Math.min(latestStart, turns.length - length) + 1);
  return turns.slice(start, start + length);
}

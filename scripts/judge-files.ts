/**
 * The blind judge's file shapes (excerpts in, blind file and key out, ratings back) and the seeded
 * shuffle that hides which system wrote which candidate. Shared by judge-prepare and judge-score.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createRandom } from '../src/simulator/prng.ts';
import { TinystepError } from '../src/spec/errors.ts';

export const SYSTEMS = ['reference', 'tinystep', 'eliza'] as const;
export type SystemName = (typeof SYSTEMS)[number];
export const LABELS = ['A', 'B', 'C'] as const;
export const DIMENSIONS = ['fit', 'accuracy', 'help', 'warmth', 'natural', 'overall'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const excerptTurn = z.object({ role: z.enum(['seeker', 'supporter']), text: z.string().min(1) });
export const excerptSchema = z.object({
  id: z.string().min(1),
  topic: z.string().optional(),
  voice: z.string().optional(),
  turns: z.array(excerptTurn).min(1),
  reference: z.string().min(1),
});
export type Excerpt = z.infer<typeof excerptSchema>;

export const blindItemSchema = z.object({
  id: z.string(),
  context: z.array(excerptTurn),
  candidates: z.array(z.object({ label: z.enum(LABELS), text: z.string() })).length(3),
});
export type BlindItem = z.infer<typeof blindItemSchema>;

/** label → system, per excerpt id. */
export const keySchema = z.object({
  seed: z.number().int(),
  items: z.record(z.string(), z.record(z.enum(LABELS), z.enum(SYSTEMS))),
});
export type JudgeKey = z.infer<typeof keySchema>;

const score = z.coerce.number().min(1).max(5);
export const ratingSchema = z.object({
  id: z.string(),
  label: z.enum(LABELS),
  fit: score,
  accuracy: score,
  help: score,
  warmth: score,
  natural: score,
  overall: score,
  note: z.string().optional(),
});
export type Rating = z.infer<typeof ratingSchema>;

/** Parses a JSON Lines file with a zod schema; a bad line is refused with the file and line named. */
export function readJsonLines<T>(file: string, schema: z.ZodType<T>): T[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const items: T[] = [];
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new TinystepError('invalid-input', `${file}:${index + 1}: not JSON`, {
        hint: 'one JSON object per line',
      });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw new TinystepError('invalid-input', `${file}:${index + 1}: ${parsed.error.issues[0]?.message}`, {
        hint: 'see the shapes in scripts/judge-files.ts',
      });
    items.push(parsed.data);
  }
  return items;
}

/** A seeded Fisher–Yates order of the three systems for each excerpt: same seed, same key. */
export function shuffleKey(ids: readonly string[], seed: number): JudgeKey {
  const random = createRandom(seed);
  const items: JudgeKey['items'] = {};
  for (const id of ids) {
    const order: SystemName[] = [...SYSTEMS];
    for (let index = order.length - 1; index > 0; index--) {
      const other = random.int(index + 1);
      [order[index], order[other]] = [order[other], order[index]];
    }
    items[id] = { A: order[0], B: order[1], C: order[2] };
  }
  return { seed, items };
}

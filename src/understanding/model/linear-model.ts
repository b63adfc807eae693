/**
 * A small linear model over sparse binary features (features.ts), shipped as JSON and run
 * offline. Each head is either a softmax over classes or one independent sigmoid per label.
 * Trained by scripts/train-understanding.ts; see docs/data.md for the data.
 */
import { z } from 'zod';

export const LinearHead = z.object({
  kind: z.enum(['softmax', 'sigmoid']),
  labels: z.array(z.string()),
  /** Per label, the bias; weights are in the model's `weights` table, one row per feature. */
  bias: z.array(z.number()),
  /** Decision thresholds per label (sigmoid heads) chosen by cross-validation on training data. */
  thresholds: z.array(z.number()).optional(),
});
export type LinearHead = z.infer<typeof LinearHead>;

export const LinearModel = z.object({
  version: z.literal(1),
  /** Which head reads which slice of a feature's weight row. */
  heads: z.record(z.string(), LinearHead.extend({ offset: z.number().int() })),
  /** feature name → weights for every head's labels, concatenated in head order. */
  weights: z.record(z.string(), z.array(z.number())),
  trainedOn: z.array(z.string()),
});
export type LinearModel = z.infer<typeof LinearModel>;

export type HeadScores = { labels: string[]; probabilities: number[]; thresholds?: number[] };

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/** Scores of one head for one text's features; features are normalised by their count. */
export function scoreHead(
  model: LinearModel,
  head: string,
  features: readonly string[],
): HeadScores | undefined {
  const spec = model.heads[head];
  if (!spec) return undefined;
  const size = spec.labels.length;
  const totals = spec.bias.slice();
  const scale = 1 / Math.sqrt(Math.max(1, features.length));
  for (const feature of features) {
    const row = model.weights[feature];
    if (!row) continue;
    for (let label = 0; label < size; label++) totals[label] += (row[spec.offset + label] ?? 0) * scale;
  }
  let probabilities: number[];
  if (spec.kind === 'sigmoid') probabilities = totals.map(sigmoid);
  else {
    const highest = Math.max(...totals);
    const exponentials = totals.map((total) => Math.exp(total - highest));
    const sum = exponentials.reduce((left, right) => left + right, 0);
    probabilities = exponentials.map((value) => value / sum);
  }
  return { labels: spec.labels, probabilities, thresholds: spec.thresholds };
}

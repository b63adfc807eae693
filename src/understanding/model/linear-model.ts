/**
 * A small linear model over sparse binary features (features.ts), run offline. Each head is either
 * a softmax over classes or one independent sigmoid per label. Trained by
 * scripts/train-understanding.ts and stored by model-files.ts; see docs/data.md for the data.
 *
 * At run time the weights are one flat typed array (a row of `rowLength` numbers per feature) and
 * a lookup from feature name to row: a turn looks each feature up once (rowsOf) and every head reads
 * the same rows, instead of five lookups in a 15,000-key object per feature.
 */
export type LinearHead = {
  kind: 'softmax' | 'sigmoid';
  labels: string[];
  /** Per label, the bias; weights are in the model's weight rows, one row per feature. */
  bias: number[];
  /** Decision thresholds per label (sigmoid heads) chosen by cross-validation on training data. */
  thresholds?: number[];
  /** Where this head's labels start in a feature's weight row. */
  offset: number;
};

/** The model as the trainer builds it: feature name → weights for every head's labels, in head order. */
export type TrainedModel = {
  heads: Record<string, LinearHead>;
  weights: Record<string, number[]>;
  trainedOn: string[];
};

/** The model as it runs. */
export type LinearModel = {
  heads: Record<string, LinearHead>;
  trainedOn: string[];
  rowLength: number;
  /** A Map, or the stored sorted names searched in place (sorted-lines.ts). */
  rowOf: { get(name: string): number | undefined; readonly size: number };
  /** Row r holds weights[r * rowLength, (r + 1) * rowLength), each divided by weightScale. */
  weights: Float64Array | Int16Array | Int32Array;
  /**
   * 1 for weights held as doubles; the stored scale (1000) when the stored integers are used as
   * they are, so a cold start neither decodes the whole file nor allocates 4 MB of doubles:
   * k / 1000 is the very double the decoder would have made, and x / 1 is x.
   */
  weightScale: number;
};

/** The rows of one text's features, in feature order, with how many features there were. */
export type FeatureRows = { rows: Int32Array; featureCount: number };

export type HeadScores = { labels: string[]; probabilities: number[]; thresholds?: number[] };

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/** Looks each feature up once; unknown features have no row (they still count in the scale). */
export function rowsOf(model: LinearModel, features: readonly string[]): FeatureRows {
  const rows = new Int32Array(features.length);
  let found = 0;
  for (const feature of features) {
    const row = model.rowOf.get(feature);
    if (row !== undefined) rows[found++] = row;
  }
  return { rows: rows.subarray(0, found), featureCount: features.length };
}

/** Scores of one head for one text's features; features are normalised by their count. */
export function scoreHead(model: LinearModel, head: string, features: FeatureRows): HeadScores | undefined {
  const spec = model.heads[head];
  if (!spec) return undefined;
  const size = spec.labels.length;
  const totals = spec.bias.slice();
  const scale = 1 / Math.sqrt(Math.max(1, features.featureCount));
  const { weights, rowLength, weightScale } = model;
  // the same additions in the same order as summing the stored rows: the scores are bit for bit the trainer's
  for (const row of features.rows) {
    const at = row * rowLength + spec.offset;
    for (let label = 0; label < size; label++) totals[label] += (weights[at + label] / weightScale) * scale;
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

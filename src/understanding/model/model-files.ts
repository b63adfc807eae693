/**
 * How the learned model is stored: a small JSON header (heads, sources, sizes), the feature names
 * one to a line, and the weights as little-endian integers in thousandths (the trainer rounds every
 * weight to 0.001, so nothing is lost: k / 1000 is the same double as the JSON text "k/1000" read
 * back). Loading is a lookup over the sorted names (sorted-lines.ts) and one typed array, about 10× faster than parsing the same
 * model as a 2 MB JSON object and checking it with zod. The trainer writes this format; the one
 * before it (all weights inside the JSON) shipped only inside this repository and is not read.
 */
import type { LinearHead, LinearModel, TrainedModel } from './linear-model.ts';
import { sortedLines } from './sorted-lines.ts';

/** Stored weights are integers: weight × WEIGHT_SCALE. */
export const WEIGHT_SCALE = 1000;
const INT16_LIMIT = 32_767;

type HeaderV2 = {
  version: 2;
  heads: Record<string, LinearHead>;
  trainedOn: string[];
  rowLength: number;
  featureCount: number;
  weightScale: typeof WEIGHT_SCALE;
  weightType: 'int16' | 'int32';
};

// checked by hand, not with zod: every cold `tinystep reply` reads this header, and zod's load
// alone costs more than the whole model
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item));
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function checkHead(name: string, head: unknown): LinearHead {
  if (
    !isObject(head) ||
    (head.kind !== 'softmax' && head.kind !== 'sigmoid') ||
    !Array.isArray(head.labels) ||
    !head.labels.every((label) => typeof label === 'string') ||
    !isNumbers(head.bias) ||
    head.bias.length !== head.labels.length ||
    !isCount(head.offset) ||
    (head.thresholds !== undefined && !isNumbers(head.thresholds))
  )
    throw new Error(`model head ${name} is malformed`);
  return head as LinearHead;
}

function checkHeads(heads: unknown): Record<string, LinearHead> {
  if (!isObject(heads)) throw new Error('model heads are missing');
  return Object.fromEntries(Object.entries(heads).map(([name, head]) => [name, checkHead(name, head)]));
}

function checkHeader(header: unknown): HeaderV2 {
  if (
    !isObject(header) ||
    header.version !== 2 ||
    !Array.isArray(header.trainedOn) ||
    !isCount(header.rowLength) ||
    header.rowLength === 0 ||
    !isCount(header.featureCount) ||
    header.weightScale !== WEIGHT_SCALE ||
    (header.weightType !== 'int16' && header.weightType !== 'int32')
  )
    throw new Error('model header is malformed');
  return { ...(header as HeaderV2), heads: checkHeads(header.heads) };
}

export type ModelFiles = { header: string; features: string; weights: Uint8Array };

function rowLengthOf(heads: Record<string, LinearHead>): number {
  return Math.max(0, ...Object.values(heads).map((head) => head.offset + head.labels.length));
}

/** The three files of a trained model, byte for byte the same for the same model. */
export function encodeModel(model: TrainedModel): ModelFiles {
  const rowLength = rowLengthOf(model.heads);
  // sorted: the loader binary-searches the names in the file's text (sorted-lines.ts)
  const names = Object.keys(model.weights).sort();
  const integers = new Int32Array(names.length * rowLength);
  names.forEach((name, row) => {
    if (/[\n\r]/.test(name)) throw new Error(`a feature name holds a line break: ${JSON.stringify(name)}`);
    const weights = model.weights[name];
    if (weights.length !== rowLength)
      throw new Error(`feature ${name} has ${weights.length} weights, not ${rowLength}`);
    weights.forEach((weight, label) => {
      integers[row * rowLength + label] = Math.round(weight * WEIGHT_SCALE);
    });
  });
  const wide = integers.some((value) => Math.abs(value) > INT16_LIMIT);
  const bytes = wide ? 4 : 2;
  const view = new DataView(new ArrayBuffer(integers.length * bytes));
  integers.forEach((value, index) => {
    if (wide) view.setInt32(index * 4, value, true);
    else view.setInt16(index * 2, value, true);
  });
  const header = {
    version: 2,
    heads: model.heads,
    trainedOn: model.trainedOn,
    rowLength,
    featureCount: names.length,
    weightScale: WEIGHT_SCALE,
    weightType: wide ? 'int32' : 'int16',
  };
  return {
    header: `${JSON.stringify(header, null, 1)}\n`,
    features: names.length === 0 ? '' : `${names.join('\n')}\n`,
    weights: new Uint8Array(view.buffer),
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The stored little-endian integers as a typed array, kept as integers (the scorer divides by the
 * scale): on a little-endian machine a view of the file's bytes, copied only when misaligned.
 */
function integersOf(bytes: Uint8Array, size: 2 | 4, count: number): Int16Array | Int32Array {
  const Integers = size === 2 ? Int16Array : Int32Array;
  if (LITTLE_ENDIAN) {
    const aligned = bytes.byteOffset % size === 0 ? bytes : bytes.slice();
    return new Integers(aligned.buffer as ArrayBuffer, aligned.byteOffset, count);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const integers = new Integers(count);
  for (let index = 0; index < count; index++)
    integers[index] = size === 2 ? view.getInt16(index * 2, true) : view.getInt32(index * 4, true);
  return integers;
}

/** The running model from the stored files; throws on anything malformed (the caller disables the model). */
export function decodeModel(
  header: unknown,
  readFeatures: () => string,
  readWeights: () => Uint8Array,
): LinearModel {
  const parsed = checkHeader(header);
  const rowOf = sortedLines(readFeatures(), parsed.featureCount);
  if (rowOf.size !== parsed.featureCount) throw new Error('the feature list does not match the header');
  const bytes = readWeights();
  const size = parsed.weightType === 'int16' ? 2 : 4;
  const count = parsed.featureCount * parsed.rowLength;
  if (bytes.byteLength !== count * size) throw new Error('the weights do not match the header');
  const weights = integersOf(bytes, size, count);
  return {
    heads: parsed.heads,
    trainedOn: parsed.trainedOn,
    rowLength: parsed.rowLength,
    rowOf,
    weights,
    weightScale: WEIGHT_SCALE,
  };
}

/** The running model straight from a trained one, with no files between (the tests' reference). */
export function compileModel(model: TrainedModel): LinearModel {
  const rowLength = rowLengthOf(model.heads);
  const names = Object.keys(model.weights);
  const weights = new Float64Array(names.length * rowLength);
  const rowOf = new Map<string, number>();
  names.forEach((name, row) => {
    rowOf.set(name, row);
    model.weights[name].forEach((weight, label) => {
      weights[row * rowLength + label] = weight;
    });
  });
  return { heads: model.heads, trainedOn: model.trainedOn, rowLength, rowOf, weights, weightScale: 1 };
}

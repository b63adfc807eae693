/**
 * The shipped model (understanding-model.json), loaded once on first use and checked with zod.
 * A missing or broken file disables the learned readers (their output is lost, the rules stay).
 */
import { existsSync, readFileSync } from 'node:fs';
import { LinearModel } from './linear-model.ts';

// beside this file in src/; from the compiled CLI (dist/cli, two folders below the root) the JSON is
// not copied, so it is read from src/ — without this `tinystep reply` ran with no learned readers
const BESIDE = new URL('./understanding-model.json', import.meta.url);
const FROM_BUILD = new URL('../../src/understanding/model/understanding-model.json', import.meta.url);
const modelPath = () => (existsSync(BESIDE) ? BESIDE : FROM_BUILD);

let loaded: LinearModel | undefined;
let failed = false;

export function understandingModel(): LinearModel | undefined {
  if (loaded || failed) return loaded;
  try {
    const text = readFileSync(modelPath(), 'utf8');
    loaded = LinearModel.parse(JSON.parse(text));
  } catch {
    failed = true;
  }
  return loaded;
}

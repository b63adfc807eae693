/**
 * The shipped model (understanding-model.json), loaded once on first use and checked with zod.
 * A missing or broken file disables the learned readers (their output is lost, the rules stay).
 */
import { readFileSync } from 'node:fs';
import { LinearModel } from './linear-model.ts';

let loaded: LinearModel | undefined;
let failed = false;

export function understandingModel(): LinearModel | undefined {
  if (loaded || failed) return loaded;
  try {
    const text = readFileSync(new URL('./understanding-model.json', import.meta.url), 'utf8');
    loaded = LinearModel.parse(JSON.parse(text));
  } catch {
    failed = true;
  }
  return loaded;
}

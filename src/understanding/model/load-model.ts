/**
 * The shipped model (understanding-model.json with understanding-features.txt and
 * understanding-weights.bin, see model-files.ts), loaded once on first use. A missing or broken
 * file disables the learned readers (their output is lost, the rules stay).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { LinearModel } from './linear-model.ts';
import { decodeModel } from './model-files.ts';

let loaded: LinearModel | undefined;
let failed = false;

// beside this module when run from src/; the compiled CLI (dist/cli, one folder for every chunk)
// reads the same files from src/, so a retrained model needs no rebuild and is never left behind
const FOLDERS = ['./', '../../src/understanding/model/'].map((folder) => new URL(folder, import.meta.url));
const folder = () =>
  FOLDERS.find((url) => existsSync(new URL('understanding-model.json', url))) ?? FOLDERS[0];

export function understandingModel(): LinearModel | undefined {
  if (loaded || failed) return loaded;
  try {
    const at = folder();
    const file = (name: string) => new URL(name, at);
    const header: unknown = JSON.parse(readFileSync(file('understanding-model.json'), 'utf8'));
    loaded = decodeModel(
      header,
      () => readFileSync(file('understanding-features.txt'), 'utf8'),
      () => readFileSync(file('understanding-weights.bin')),
    );
  } catch {
    failed = true;
  }
  return loaded;
}

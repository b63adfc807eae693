import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TinystepError } from '../spec/errors.ts';
import { type SuiteItem, SuiteItemSchema } from './suite-score.ts';

// through the repository root: the same folder from src/safety and from the CLI's bundle in dist/cli
export const SUITE_DIRECTORY = fileURLToPath(new URL('../../src/safety/suite/', import.meta.url));

/** Parses JSON Lines suite text; a bad line is a TinystepError naming the file and line. */
export function parseSuite(text: string, source: string): SuiteItem[] {
  const items: SuiteItem[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new TinystepError('invalid-input', `${source}:${index + 1}: not valid JSON`, {
        hint: 'each line must be one JSON object: {"text", "category", "expect": {type} | null}',
      });
    }
    const parsed = SuiteItemSchema.safeParse(value);
    if (!parsed.success) {
      throw new TinystepError('invalid-input', `${source}:${index + 1}: ${parsed.error.issues[0]?.message}`, {
        hint: 'each line must be one JSON object: {"text", "category", "expect": {type} | null}',
      });
    }
    items.push(parsed.data);
  });
  return items;
}

/** Every *.jsonl file in the directory (default: the shipped suite), in name order. */
export function loadSuite(directory: string = SUITE_DIRECTORY): SuiteItem[] {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  return files.flatMap((name) => parseSuite(readFileSync(join(directory, name), 'utf8'), name));
}

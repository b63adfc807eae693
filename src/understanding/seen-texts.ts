/**
 * Every text the project holds in its shipped corpora and its seen blind and judge sets, for tests that
 * must hold over all of them (a gate that may skip a reader must never change a reading). Test support:
 * nothing at run time reads `data/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src/understanding/corpus', 'data/blind', 'data/judge'];

function jsonlFiles(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return jsonlFiles(path);
    return path.endsWith('.jsonl') ? [path] : [];
  });
}

// every string in every record: texts, turns, and the rest (more text only widens the check)
function stringsOf(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsOf(item, into);
}

/** The distinct strings of every JSON line under the corpora and the seen sets. */
export function seenTexts(): string[] {
  const texts = new Set<string>();
  for (const file of ROOTS.flatMap(jsonlFiles))
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        stringsOf(JSON.parse(line), texts);
      } catch {
        // a line that is not JSON holds no text to check
      }
    }
  return [...texts];
}

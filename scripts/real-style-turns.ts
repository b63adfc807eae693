/**
 * The real-style client turns the risk scripts count flags on: the seeker turns of every seen conversation
 * set and the human-written realism chats in data/blind (everyday talk, nearly all of it ordinary). Shared by
 * scripts/eval-risk-thresholds.ts and scripts/eval-risk-operating-point.ts, so both count the same turns.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

/** The non-empty JSON lines of a file. */
export const jsonLines = (path: string): Record<string, unknown>[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

export function realStyleTurns(): string[] {
  const blind = join(ROOT, 'data/blind');
  const turns: string[] = [];
  for (const folder of readdirSync(blind).sort()) {
    const path = join(blind, folder);
    if (folder.startsWith('realism'))
      for (const file of readdirSync(path)
        .filter((name) => /^human-set.*\.jsonl$/.test(name))
        .sort())
        for (const row of jsonLines(join(path, file))) turns.push(...(row.turns as string[]));
    if (folder.startsWith('conversations-') && existsSync(join(path, 'excerpts.jsonl')))
      for (const row of jsonLines(join(path, 'excerpts.jsonl')))
        for (const turn of row.turns as Array<{ role: string; text: string }>)
          if (turn.role === 'seeker') turns.push(turn.text);
  }
  return turns;
}

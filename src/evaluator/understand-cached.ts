import type { Observation } from '../spec/observation.ts';
import { understand } from '../understanding/index.ts';

// understand() is pure and the costliest step of evaluation (~2 ms an utterance); simulated
// batches repeat client lines a lot, so a bounded memo pays. In memory only, never written.
const MAX_ENTRIES = 20000;
const memo = new Map<string, Observation[]>();

export function understandCached(text: string): Observation[] {
  const known = memo.get(text);
  if (known) return known;
  const observations = understand(text);
  if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
  memo.set(text, observations);
  return observations;
}

export function clearUnderstandCache(): void {
  memo.clear();
}

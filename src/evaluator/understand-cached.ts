import type { Observation } from '../spec/observation.ts';
import { analyse } from '../understanding/index.ts';

/** The evaluator scores requests and risk disclosures only; the other readers are skipped. */
const SCORED_KINDS: ReadonlySet<Observation['kind']> = new Set(['request', 'risk']);

// understanding is pure and the costliest step of evaluation; simulated batches repeat client
// lines, so a bounded memo pays. In memory only, never written.
const MAX_ENTRIES = 20000;
const memo = new Map<string, Observation[]>();

/** The requests and risk observations in a client line (what understand() finds of those kinds). */
export function understandCached(text: string): Observation[] {
  const known = memo.get(text);
  if (known) return known;
  const observations = analyse(text, { kinds: SCORED_KINDS }).observations;
  if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
  memo.set(text, observations);
  return observations;
}

export function clearUnderstandCache(): void {
  memo.clear();
}

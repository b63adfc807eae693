import { deriveRequiredLiterals } from '../understanding/required-literals.ts';
import PRECOMPUTED from './gate-literals.json' with { type: 'json' };

/**
 * The required literals of the evaluator's gated patterns (`pattern-gate.ts`, `coding/gated-alternation.ts`).
 * Deriving them for a few hundred patterns took a few hundred ms of a cold `tinystep eval` on a busy
 * machine, so scripts/build-gate-literals.ts writes them to gate-literals.json, keyed by the exact flags
 * and source; a pattern not found there (edited since) is derived here as before, so the file only
 * ever saves time. gate-literals.test.ts checks every entry against a fresh derivation.
 */
const known = PRECOMPUTED as Record<string, string[] | null>;
const requested = new Map<string, RegExp>();

export const gateKey = (pattern: RegExp) => `${pattern.flags}/${pattern.source}`;

/** The literals of a pattern without flags (callers fold case themselves). */
export function gateLiterals(pattern: RegExp): string[] | null {
  const key = gateKey(pattern);
  requested.set(key, pattern);
  const found = known[key];
  if (found !== undefined) return found === null ? null : [...found];
  return deriveRequiredLiterals(pattern);
}

/** Every pattern asked about in this process, by key (for the build script). */
export function requestedGatePatterns(): ReadonlyMap<string, RegExp> {
  return requested;
}

/**
 * npm run build:literals — writes src/understanding/required-literals.json: the required literals
 * of every rule pattern the understanding readers and the safety scope gate on, so a cold start
 * reads them instead of deriving them (see required-literals.ts). Run after editing rules; a rule
 * missing from the file is still derived at run time, only more slowly. Deterministic: sorted keys,
 * every entry derived afresh from its pattern (never copied from the old file).
 */
import { writeFileSync } from 'node:fs';
import {
  deriveRequiredLiterals,
  missingFromPrecomputed,
  requestedPatterns,
} from '../src/understanding/required-literals.ts';

// loading the readers and the scope check builds their gates, which asks for every pattern
await import('../src/understanding/index.ts');
await import('../src/safety/scope.ts');
const missing = missingFromPrecomputed().length;
const entries = [...requestedPatterns()]
  .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
  .map(([key, pattern]) => [key, deriveRequiredLiterals(pattern)]);
const path = new URL('../src/understanding/required-literals.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(Object.fromEntries(entries), null, 1)}\n`);
console.log(`wrote ${path.pathname}: ${entries.length} patterns (${missing} were missing)`);

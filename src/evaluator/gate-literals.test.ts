import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveRequiredLiterals } from '../understanding/required-literals.ts';
import PRECOMPUTED from './gate-literals.json' with { type: 'json' };

test('every precomputed gate literal set is what its pattern derives today', () => {
  const stale: string[] = [];
  for (const [key, literals] of Object.entries(PRECOMPUTED as Record<string, string[] | null>)) {
    const slash = key.indexOf('/');
    const pattern = new RegExp(key.slice(slash + 1), key.slice(0, slash));
    if (JSON.stringify(deriveRequiredLiterals(pattern)) !== JSON.stringify(literals))
      stale.push(key.slice(0, 80));
  }
  assert.deepEqual(stale, [], 'run node --import tsx scripts/build-gate-literals.ts');
  assert.ok(Object.keys(PRECOMPUTED).length > 0);
});

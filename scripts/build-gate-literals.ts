/**
 * Writes src/evaluator/gate-literals.json: the required literals of every pattern the evaluator gates
 * (see src/evaluator/gate-literals.ts), so a cold `tinystep eval` reads them instead of deriving them.
 * Run after editing a gated pattern: one missing from the file is still derived at run time, only more
 * slowly. Deterministic: sorted keys, every entry derived afresh (never copied from the old file).
 *
 * node --import tsx scripts/build-gate-literals.ts
 */
import { writeFileSync } from 'node:fs';
import { requestedGatePatterns } from '../src/evaluator/gate-literals.ts';
import { evaluateTranscript } from '../src/evaluator/index.ts';
import type { Turn } from '../src/spec/transcript.ts';
import { deriveRequiredLiterals } from '../src/understanding/required-literals.ts';

// the gates are built on first use: a short session that reaches each of them (turn reader, ACT
// markers, client rules, the coder's cues and a reflection's depth)
const turns: Turn[] = [
  { role: 'client', text: "I want to cut down, but honestly it helps me relax and I don't see the point." },
  { role: 'therapist', text: 'So you feel torn between wanting to cut down and needing it to unwind.' },
  { role: 'client', text: 'Yeah, exactly.' },
  {
    role: 'therapist',
    text: "You've worked so hard. Most people find the first week the hardest. What matters most to you?",
  },
];
evaluateTranscript(turns);
const entries = [...requestedGatePatterns()]
  .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
  .map(([key, pattern]) => [key, deriveRequiredLiterals(pattern)]);
const path = new URL('../src/evaluator/gate-literals.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(Object.fromEntries(entries), null, 1)}\n`);
console.log(`wrote ${path.pathname}: ${entries.length} patterns`);

import type { ValueObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import { matchesOf } from './matches.ts';

// what matters to the person, said in their words; the value is the words after the cue
const VALUE_PATTERNS: RegExp[] = [
  /\bi (?:really )?(?:care about|value) (?:is |are )?([^.,;!?]{3,50})/g,
  /\b(?:what matters to me|the reason i want this) is ([^.,;!?]{3,50})/g,
  /\bit(?:'s| is) important to me (?:to |that )?([^.,;!?]{3,50})/g,
  /\b(?:matters|important) to me (?:is |to )?([^.,;!?]{3,50})/g,
  /\bbecause i want to ([^.,;!?]{3,50})/g,
];

/** "because I care about my team" → the value "my team", with its span, in the person's words. */
export function readValues(prepared: Prepared): ValueObservation[] {
  for (const pattern of VALUE_PATTERNS) {
    for (const match of matchesOf(pattern, prepared.folded)) {
      const start = (match.index ?? 0) + match[0].length - match[1].length;
      const value = prepared.original.slice(start, start + match[1].length).trim();
      if (value) return [{ kind: 'value', value, span: [start, start + value.length] }];
    }
  }
  return [];
}

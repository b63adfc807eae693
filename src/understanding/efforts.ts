import type { EffortObservation } from '../spec/observation.ts';
import { trimClause } from '../text/person.ts';
import type { Prepared } from './analyse-prepare.ts';

// something the person did or keeps doing, worth a specific affirmation
const EFFORT =
  /^(?:i|i've|ive|i have|i've been|i have been)\s+(?:already |finally |still |even |actually |been )*(?:tried|trying|applied|applying|started|managed|went|reached out|asked|sent|called|talked|spoke|wrote|written|made|booked|finished|opened|cleaned|studied|studying|kept|practis\w+|practic\w+)\b/i;

/** "I've applied to twenty jobs" → the clause, so the affirmation names the effort, not a generic "well done". */
export function readEfforts(prepared: Prepared): EffortObservation[] {
  for (const clause of prepared.clauses) {
    const raw = prepared.original.slice(clause.start, clause.end);
    // the effort alone: "I've applied to twenty jobs and heard nothing" → the applying
    const text = trimClause(raw).split(/\s+and\s+/)[0];
    if (!EFFORT.test(text) || /\?/.test(raw) || /\b(?:not|never|didn't|haven't|can't)\b/i.test(text))
      continue;
    const words = text.split(/\s+/).length;
    if (words < 3 || words > 18) continue;
    const start = clause.start + Math.max(0, raw.indexOf(text));
    return [{ kind: 'effort', text, span: [start, start + text.length] }];
  }
  return [];
}

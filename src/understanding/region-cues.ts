import type { RegionObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';

// words that British English uses and American English does not: enough to give a session opened
// with no country the UK's crisis lines rather than the default country's. ("mum" is Irish and
// Australian usage too: a guess, but a closer one than the US lines the session would give.)
const BRITISH =
  /£\s?\d|\b(?:mum|mums|mummy|my gp|the gp|a gp|gp surgery|a&e|nhs|lorry|lorries|quid|gcses?|a[- ]levels?|sixth form|council tax|year (?:7|8|9|10|11|12|13)|skint|knackered|revising for|freshers|flatmates?|uni)\b/i;

/** The first British word in the turn, as a region hint (one per turn is enough). */
export function readRegion(prepared: Prepared): RegionObservation[] {
  const match = BRITISH.exec(prepared.folded);
  if (!match) return [];
  return [{ kind: 'region', country: 'GB', span: [match.index, match.index + match[0].length] }];
}

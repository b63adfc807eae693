import type { HelpWantedObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import { matchesOf } from './matches.ts';

// not knowing where to begin, said as a statement: an opening for an offer, not yet a request
const HELP_WANTED =
  /\b(?:(?:i\s+)?(?:don't|dont|do not)\s+(?:even\s+)?know\s+(?:where\s+to\s+(?:start|begin)|what\s+to\s+do|how\s+to\s+(?:start|begin|fix|handle|deal))|no\s+idea\s+(?:where\s+to\s+(?:start|begin)|what\s+to\s+do)|(?:any|some)\s+(?:advice|tips|ideas|suggestions)|what\s+(?:should|can|do)\s+i\s+do)\b/g;

/** "I don't even know where to start" → the person would welcome an offer of a small step. */
export function readHelpWanted(prepared: Prepared): HelpWantedObservation[] {
  const [match] = matchesOf(HELP_WANTED, prepared.folded);
  if (!match) return [];
  const start = match.index ?? 0;
  return [{ kind: 'help-wanted', span: [start, start + match[0].length] }];
}

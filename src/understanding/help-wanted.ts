import type { HelpWantedObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import { matchesOf } from './matches.ts';

// not knowing where to begin, said as a statement: an opening for an offer, not yet a request
const HELP_WANTED =
  /\b(?:(?:i\s+)?(?:don't|dont|do not)\s+(?:even\s+)?know\s+(?:where\s+to\s+(?:start|begin)|what\s+to\s+do|how\s+to\s+(?:start|begin|fix|handle|deal))|no\s+idea\s+(?:where\s+to\s+(?:start|begin)|what\s+to\s+do)|(?:any|some)\s+(?:advice|tips|ideas|suggestions)|what\s+(?:should|can|do)\s+i\s+do)\b/g;

// a whole turn that takes what is on offer, said eagerly ("yes please", "yeah go ahead"): a plain
// "yes", "ok" or "sure" answers a question and is no ask; nothing else may be in the turn, so "yes
// please, the waiting" stays an answer to an either/or (the policy takes an offer only on a yes)
const EAGER_YES =
  /^\s*(?:(?:yes|yeah|yea|yep|yup|ya|yh|ok|okay|sure|alright|aye)[\s,!.]*(?:please(?:\s+do)?|pls|plz|go\s+ahead|go\s+on\s+then|that\s+would\s+help|that'd\s+help)|please\s+do|go\s+ahead)[\s!.]*(?:(?:x+|ty|thanks|thank\s+you)[\s!.]*)?$/;

/** "I don't even know where to start", "yes please" → the person would welcome an offer of a small step. */
export function readHelpWanted(prepared: Prepared): HelpWantedObservation[] {
  const eager = EAGER_YES.exec(prepared.folded);
  if (eager) return [{ kind: 'help-wanted', span: [0, prepared.folded.trimEnd().length] }];
  const [match] = matchesOf(HELP_WANTED, prepared.folded);
  if (!match) return [];
  const start = match.index ?? 0;
  return [{ kind: 'help-wanted', span: [start, start + match[0].length] }];
}

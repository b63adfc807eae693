import type { ObjectionReason } from '../spec/move.ts';
import type { ObjectionReasonObservation } from '../spec/observation.ts';

// the reason someone gives with "why would that help" or "thats too much": raters marked down a
// stock "would you give it a go anyway?" or a smaller step that ignored it (judge v11, v12: "i dont
// have time to pee", "i'm on jobs 7 till 6", "i know what im good at", "i cant even shower")
const TIME =
  /\b(?:(?:no|don'?t have|dont have|haven'?t got|havent got|not got|never have|never got) (?:the |any )?time\b|no time to (?:pee|breathe|eat|think|sleep)|(?:on|at) (?:jobs|work|shifts?|site) (?:from )?\d{1,2}(?:am|pm)? ?(?:till|til|to|-|until) \d{1,2}\b|\d{1,2} ?(?:hour|hr)s? (?:shifts?|days?)\b|work(?:ing)? (?:all day|every day|nights|doubles|double shifts|two jobs)|(?:two|2) jobs\b|(?:too|so) busy\b|flat out\b)/;
const ENERGY =
  /\b(?:too tired|so tired|exhausted|wrecked|knackered|shattered|drained|no energy|running on empty|burnt? out|barely keep my eyes open|can'?t even (?:shower|get up|get out of bed|think|eat))\b/;
const KNOW_SELF =
  /\bi (?:already )?know (?:what i'?m|what im|what i am|myself|my own|how i work|what works for me)\b/;

/** The reason given for turning an idea down, when it is one of the kinds that a reply can own. */
export function objectionReason(text: string): ObjectionReason | undefined {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (KNOW_SELF.test(lower)) return 'know-self';
  if (TIME.test(lower)) return 'time';
  if (ENERGY.test(lower)) return 'energy';
  return undefined;
}

/** The reason, as an observation over the whole turn as written (moved from the policy, which read the turn). */
export function objectionReasonObservations(text: string): ObjectionReasonObservation[] {
  const reason = objectionReason(text);
  return reason ? [{ kind: 'objection-reason', reason, span: [0, text.length] }] : [];
}

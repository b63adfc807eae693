import type { StanceObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';

const HEDGE =
  /\b(?:i\s+(?:don't|do\s+not|dont)\s+know(?!\s+(?:what|how|why|who|when)\b|\s+where\b(?!\s+(?:to\s+)?(?:even\s+)?(?:start|begin)))|idk|dunno|i\s+guess|i\s+suppose|maybe|perhaps|(?:i'm\s+|im\s+)?not\s+(?:really\s+)?sure|unsure)\b/g;
const LEADING_HEDGE = /^(?:(?:i\s+(?:don't|do\s+not|dont)\s+know|i\s+guess|um+|hmm+|well|oh|so)[\s,.]*)+/;
const ASSENT_START =
  /^(?:ok(?:ay|ey)?|k|kk|yes|yeah|yea|yep|yup|sure|alright|all\s+right|fine|deal|sounds\s+good|got\s+it|will\s+do|let's\s+do\s+(?:it|this)|let's\s+try|agreed|that\s+works|good\s+idea|i\s+can\s+do\s+that|right)\b(?!\s+now\b)(?!\s*\?)/;
const ASSENT_ANYWHERE =
  /\b(?:i'll\s+try|i\s+will\s+try|i\s+can\s+try|i'll\s+give\s+it\s+a\s+(?:go|try|shot)|sounds\s+good|let's\s+do\s+it|that\s+works|i\s+can\s+do\s+that|i'll\s+do\s+it|that's\s+exactly\s+it|makes\s+sense)\b/g;
const DECLINE_START =
  /^(?:no|nope|nah|no\s+thanks|not\s+now|not\s+today|not\s+really)\b(?!\s+(?:need|idea|one|way|matter|worries|problem|wonder|more)\b)/;
const DECLINE_ANYWHERE =
  /\bi\s+(?:don't|do\s+not|dont)\s+(?:really\s+)?want\s+to\s+(?:do|try|go|talk|keep|continue|start|open|look|think)\b|\bi\s+(?:can't|cannot|won't)\s+(?:do\s+(?:that|this|it)|face\s+(?:it|that|this))\b|\bi'd\s+rather\s+not\b|\bfeels?\s+(?:like\s+)?too\s+much\b|\bno\s+thanks\b|\bi'm\s+not\s+(?:doing|going\s+to\s+do)\s+(?:that|this|it)\b/g;

/**
 * "yeah yeah thats what everyone says", "yeah right", "sure sure whatever": a yes said to wave the words
 * away, not to agree (after the check-in question the lead saw one read as a yes). No assent from it.
 */
export const DISMISSIVE_ASSENT =
  /^\s*(?:yeah|yea|yes|sure|ok(?:ay)?)[\s,.!]+(?:right\s*[.!…]*\s*$|whatever\b)|\bif\s+you\s+say\s+so\b|\beasy\s+for\s+you\s+to\s+say\b|\b(?:that'?s|thats|that\s+is)\s+what\s+(?:everyone|everybody|they\s+all|people|you\s+all|they)\s+(?:always\s+)?(?:says?|said|tells?\s+me)\b/i;

function first(pattern: RegExp, folded: string): [number, number] | undefined {
  pattern.lastIndex = 0;
  const match = pattern.exec(folded);
  return match ? [match.index, match.index + match[0].length] : undefined;
}

/** Assent, decline and hedge: at most one of each per utterance. */
export function readStance(prepared: Prepared): StanceObservation[] {
  const found: StanceObservation[] = [];
  const hedge = first(HEDGE, prepared.folded);
  if (hedge) found.push({ kind: 'hedge', span: hedge });
  let assent = first(ASSENT_ANYWHERE, prepared.folded);
  let decline = first(DECLINE_ANYWHERE, prepared.folded);
  for (const clause of prepared.clauses) {
    const lead = LEADING_HEDGE.exec(clause.text)?.[0].length ?? 0;
    const rest = clause.text.slice(lead);
    const assentMatch = ASSENT_START.exec(rest);
    if (assentMatch && (!assent || clause.start + lead < assent[0]))
      assent = [clause.start + lead, clause.start + lead + assentMatch[0].length];
    const declineMatch = DECLINE_START.exec(rest);
    if (declineMatch && (!decline || clause.start + lead < decline[0]))
      decline = [clause.start + lead, clause.start + lead + declineMatch[0].length];
  }
  if (assent && !DISMISSIVE_ASSENT.test(prepared.folded)) found.push({ kind: 'assent', span: assent });
  if (decline) found.push({ kind: 'decline', span: decline });
  return found;
}

/**
 * What a question asks: open (invites the client's own account) or closed (yes/no, a number, a time,
 * a choice among given options), or no real question at all (a statement with a question mark).
 */

export type QuestionShape =
  | { kind: 'open'; reason: string }
  | { kind: 'closed'; reason: string }
  | { kind: 'declarative'; reason: string };

const WH = /^(what|how|why|where|who|whom|whose|which|when)\b/;
const AUXILIARY =
  /^(do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|may|might|am|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|couldn't|won't|wouldn't|haven't|hasn't|shouldn't|any|anything|anyone|ever|got|want|need)\b/;
const OPEN_REQUEST =
  /^(?:(?:can|could|would|will) you (?:please )?|i(?:'d| would) (?:like|love) (?:you )?to |please |maybe |so )?(?:tell me|say (?:a (?:bit|little) )?more|talk (?:to me )?(?:about|more)|describe|walk me through|help me understand|share (?:a bit|more|what|how)|give me an example|explain|elaborate|fill me in|paint me a picture)\b/;
const WONDERING = /^i(?:'m| am) (?:curious|wondering)|^i wonder (?:what|how|why|where)/;
const CLOSED_WH =
  /^(?:how (?:many|much|often|long|old|far|soon|big|bad)|what about|what(?:'s| is| was) your (?:last|current|usual|latest)|what (?:time|day|year|age|number|percent|dose|kind of \w+ do you (?:smoke|drink|use))|when(?! you\b)|which (?:one|of|day|time)|on a scale|where do you (?:buy|get|keep|live))\b/;
const SCALE = /\b(?:scale of|from (?:0|zero|1|one) to (?:10|ten)|(?:0|zero|1|one) to (?:10|ten))\b/;
const EITHER_OR = /\b\w+ or (?:\w+ ){0,4}\w+\?$/;
const FILLER =
  /^(?:(?:so|and|but|okay|ok|well|now|alright|right|then|mm+|hmm+|yeah|sure|also|just|and so|great|good|i see)\b[,\s]*)+/;

/** The question clause of an utterance: after fillers, after "when you think about X," and after a lead-in statement. */
export function questionClause(lower: string): string {
  let clause = lower.replace(FILLER, '');
  // "when you think about quitting, what comes up?" — the question is after the comma
  const later =
    /(?:^|[,;:—–-]\s*|\.\.\.\s*)(what|how|why|where|who|which|do|does|did|is|are|was|were|can|could|would|will|have|has)\b[^,;:]*\?$/.exec(
      clause,
    );
  if (later && later.index > 0 && !WH.test(clause) && !AUXILIARY.test(clause))
    clause = clause.slice(later.index).replace(/^[,;:—–.\s-]+/, '');
  else if (/^(?:when|if|as|since|after|before|given|thinking|looking|now that|with)\b/.test(clause)) {
    const main =
      /,\s*((?:what|how|why|where|who|which|do|does|did|is|are|was|were|can|could|would|will|have|has)\b.*)$/.exec(
        clause,
      );
    if (main) clause = main[1];
  }
  return clause;
}

/** Open / closed / declarative for a question-shaped utterance (lower-cased, straight apostrophes). */
export function questionShape(lower: string): QuestionShape {
  if (SCALE.test(lower)) return { kind: 'closed', reason: 'asks for a number on a scale' };
  const clause = questionClause(lower);
  if (OPEN_REQUEST.test(clause)) return { kind: 'open', reason: 'asks the client to tell more' };
  if (WONDERING.test(clause)) return { kind: 'open', reason: 'wonders aloud what or how' };
  if (SCALE.test(clause)) return { kind: 'closed', reason: 'asks for a number on a scale' };
  if (CLOSED_WH.test(clause)) return { kind: 'closed', reason: 'asks for a number, a time or a choice' };
  if (WH.test(clause)) {
    if (/^what\b/.test(clause) && EITHER_OR.test(clause) && !/\belse\b/.test(clause))
      return { kind: 'closed', reason: 'offers a choice between options' };
    return { kind: 'open', reason: `opens with "${WH.exec(clause)?.[1]}"` };
  }
  if (AUXILIARY.test(clause))
    return { kind: 'closed', reason: `opens with "${AUXILIARY.exec(clause)?.[1]}": a yes/no question` };
  return { kind: 'declarative', reason: 'a statement said with a question mark' };
}

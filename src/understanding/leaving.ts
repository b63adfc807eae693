/**
 * Leaving versus finishing. "I'm done" after a step reports progress; "I'm done with this",
 * "I'm done for today" and "I'm done, this isn't helping" say the person is leaving, which
 * DESIGN.md reads as a `stop` request (end the session: the answer is a short kind close).
 * Both readers use these patterns so that one utterance is never read both ways.
 */

// "I'm done with this (whole thing)", "I'm done for today", "I'm done here" — not "done with this step",
// nor a week, a job or the weather ("I AM SO DONE WITH THIS WEEK" vents about the week, it does not leave)
export const DONE_AS_LEAVING =
  /\bi(?:'m|\s+am|m)\s+(?:so\s+|just\s+|completely\s+|totally\s+|officially\s+|actually\s+)?done\s+(?:with\s+(?:this|you|it\s+all|all\s+(?:this|of\s+(?:this|it))|everything|trying|(?:this|the)\s+(?:whole\s+)?(?:thing|session|exercise|stuff|chat|conversation|app|crap|shit))\b(?!\s+(?:step|one|bit|part|task|line|paragraph|email|page|sentence|first|second|next|timer|list|form|draft|week|weekend|month|year|morning|semester|term|season|winter|summer|weather|heat|rain|job|shift|commute|traffic|place|town|city|country|house|flat|family|relationship|guy|girl|man|woman|person|people|world|life)\b)|for\s+(?:now|today|tonight|the\s+(?:day|night|week))\b|here\b)/g;

/** A verdict on the session itself: said next to a bare "I'm done", it means leaving. */
export const COMPLAINT =
  /\b(?:this|it|that|you)(?:'s|\s+is|\s+are|'re)?\s+(?:not|isn't|aren't|doesn't|does\s+not|don't|won't|never)\s+(?:\w+\s+)?(?:helping|help|working|work|going\s+anywhere|doing\s+(?:anything|much))\b|\b(?:this|it|that|you)(?:'s|\s+is|\s+are|'re|\s+feels?)\s+(?:so\s+|totally\s+|completely\s+|just\s+)?(?:useless|pointless|stupid|a\s+waste|getting\s+(?:me\s+)?nowhere|doing\s+nothing)\b|\bwaste\s+of\s+(?:my\s+)?time\b|^(?:not\s+(?:helping|working))\b/;

const BARE_DONE =
  /\bi(?:'m|\s+am|m)\s+(?:so\s+|just\s+|completely\s+|totally\s+)?done\b(?!\s+(?:with|for)\b)/;

/** "I'm done. This is pointless." — a bare "I'm done" next to a complaint; its offset or -1. */
export function bareDoneWithComplaint(folded: string): number {
  if (!COMPLAINT.test(folded)) return -1;
  const match = BARE_DONE.exec(folded);
  return match ? match.index : -1;
}

const LEAVING_AT = new RegExp(DONE_AS_LEAVING.source, 'y');

/**
 * Is the "I'm done" at `start` (an index into `folded`) about leaving, not about a step?
 * `bareDoneAt` is bareDoneWithComplaint(folded), worked out once per utterance by the caller.
 */
export function isLeavingAt(folded: string, start: number, bareDoneAt: number): boolean {
  LEAVING_AT.lastIndex = start;
  return LEAVING_AT.test(folded) || bareDoneAt === start;
}

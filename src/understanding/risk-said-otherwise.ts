/**
 * Risk words said in another sense, a near-miss kind every writer of v9–v12 produced: a clinician's
 * screening question reported and answered no ("my GP asked if i'd thought of ending my life. i said no and
 * meant it", v10 ×2, v12), the phrase redefined on the spot ("end it all = delete my social media", "ending it
 * all... the netflix subscription i mean", v9, v12), and the laughing idiom ("nearly killed myself laughing",
 * v11; "died laughing" in earlier sets). The words are not the person's risk in any of these; a later
 * sentence that discloses still reads on its own.
 */

const SCREENING_ASKED =
  /\b(?:asked|asks|ask|asking) (?:me )?(?:the usual questions )?(?:if|whether|about (?:whether|if)?)\b|\bthe usual questions\b/;
const ANSWERED_NO =
  /\b(?:i )?(?:said|told (?:her|him|them|the \w+)|answered|say) no\b(?!.{0,20}\bbut\b)(?!.{0,40}\b(?:lied|wasn'?t true|didn'?t mean it|not true)\b)/;
const REDEFINED_AFTER = /^\s*(?:=|means\b)|^[\s.…,-]*(?:as in |i mean )?(?:the|my|a|an) [a-z' ]{1,30}\bi mean\b/;
const LAUGHING_AFTER = /^\s*(?:laughing|laughin|laffing|with laughter)\b/;

/** Whether the risk words at [start, end) of the folded text are a denied question, redefined, or an idiom. */
export function saidOtherwise(folded: string, sentence: string, start: number, end: number): boolean {
  const after = folded.slice(end, end + 60);
  if (LAUGHING_AFTER.test(after) || REDEFINED_AFTER.test(after)) return true;
  return SCREENING_ASKED.test(sentence) && ANSWERED_NO.test(folded.slice(start));
}

/**
 * A verdict the person passes on themselves ("it's my fault really", "im being selfish"): said back
 * as "It sounds like you know it's your fault" it reads as our agreeing (a blind rater's note:
 * "affirms her self-blame, reinforcing it"). Such a clause is heard, not said back as fact.
 */
const VERDICT =
  /\b(?:(?:it'?s|its|it is|it was|all) (?:all )?my (?:own )?fault|my (?:own )?fault|i'?m (?:being )?(?:so )?(?:selfish|the problem|to blame|a burden|a bad (?:mum|mom|dad|mother|father|friend|person|wife|husband|daughter|son))|i am (?:being )?(?:selfish|the problem|to blame|a burden)|i deserve (?:it|this))\b/i;

export function isSelfVerdict(clause: string): boolean {
  return VERDICT.test(clause);
}

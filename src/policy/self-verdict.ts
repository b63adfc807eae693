/**
 * A verdict the person passes on themselves ("it's my fault really", "im being selfish"): said back
 * as "It sounds like you know it's your fault" it reads as our agreeing (a blind rater's note:
 * "affirms her self-blame, reinforcing it"). Such a clause is heard, not said back as fact.
 */
const VERDICT =
  /\b(?:(?:it'?s|its|it is|it was|all) (?:all )?my (?:own )?fault|my (?:own )?fault|i'?m (?:being )?(?:so )?(?:selfish|the problem|to blame|a burden|a bad (?:mum|mom|dad|mother|father|friend|person|wife|husband|daughter|son))|i am (?:being )?(?:selfish|the problem|to blame|a burden)|i deserve (?:it|this))\b/i;

// a harsh name for themselves or a sweeping verdict ("im useless", "i ruin everything"): said back
// as "So you're useless right now" it read to a rater as agreeing with it (harmful)
const HARSH_VERDICT =
  /\b(?:i'?m|im|i am)\s+(?:just |so |such |really |totally |completely |a complete |a total |such a |an? )*(?:useless|stupid|a failure|failure|pathetic|worthless|hopeless|an idiot|idiot|a loser|loser|a disappointment|a waste of space|rubbish at everything|no good)\b|\bi (?:always )?(?:ruin|wreck|mess up|screw up|spoil) everything\b|\bi (?:can'?t|cant) do anything right\b/i;

export function isSelfVerdict(clause: string): boolean {
  return VERDICT.test(clause) || HARSH_VERDICT.test(clause);
}

/**
 * A clause that ends on a word a cut-off clause ends on ("in", "on", "that"), yet is whole: the word
 * closes a phrase ("see me like that", "enough stuff going on", "fill it in", "do my head in"). Both
 * say-back gates (reflectable.ts, policy/clean-english.ts) refused these as cut off, and on a short
 * turn the reply was a stock question alone (round 17).
 */
const WHOLE_END =
  /\blike (?:that|this)$|\b(?:going|goes|went|carry|carrying|carried) on$|\b(?:it|them|him|her|me|us|head) (?:in|on)$/i;

/** True when the clause's last words close a phrase, though the last word alone could dangle. */
export function endsWhole(clause: string): boolean {
  return WHOLE_END.test(clause.trim().replace(/[.!?,;:]+$/, ''));
}

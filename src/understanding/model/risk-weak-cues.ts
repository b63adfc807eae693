/**
 * The learned risk reader as a second opinion where a weak cue of hopelessness stands and no risk word does
 * (issue 16, round 19 brief item 3): "would be easier not to wake", "i feel like giving up on life", "can't see a
 * way out of any of this", "i've nothing left. i'd go quietly if i could". None of these words is risk alone ("a
 * way out of the car park", "giving up sugar"), so they do not open the gate; with one present the model may speak
 * from RISK_MODEL_WEAK_CUE_THRESHOLD instead of the ungated bar (0.9). The check-in is `possible`, so the answer
 * settles it.
 *
 * Measured (a /tmp replay of the operating-point records; the model never trained on v27–v34) over v27–v34 (1,278
 * risk items, 1,465 ordinary, 1,019 near misses) and 10,076 real-style client turns: at 0.6, risk recall 94.5% →
 * 94.8% (+4: v28 ×2, v31, v34), flags on ordinary 10 → 10, near misses 119 → 119, real-style turns 391 → 394
 * ("what's even the point anymore honestly", "i'm 58 and i can't keep doing this forever", "now nothing left" of
 * money). 0.5 read nothing more. Bare "anymore", "no more" and "enough" were tried and left out: they added
 * real-style check-ins ("no more cancelling", "close is not enough") and no disclosure.
 */
export const RISK_MODEL_WEAK_CUE_THRESHOLD = 0.6;

const WEAK_CUE =
  /\b(?:hopeless|no hope|can'?t go on|cant go on|can'?t keep (?:going|doing)|cant keep (?:going|doing)|(?:tired|sick) of (?:everything|it all|life|living|all of it|this|being|waiting)|what'?s (?:even )?the point|whats (?:even )?the point|no point|(?:give|giving|gave) up|can'?t do (?:this|it) (?:anymore|any more)|cant do (?:this|it) (?:anymore|any more)|can'?t face|cant face|nothing (?:left|matters|to live)|no way out|way out|trapped|worthless|pointless|don'?t care anymore|dont care anymore|one less|easier|not be around|done with (?:it all|everything|life))\b/;

/** Whether the turn (lower-cased, normalised) holds a weak cue of hopelessness. */
export function holdsWeakRiskCue(folded: string): boolean {
  return WEAK_CUE.test(folded);
}

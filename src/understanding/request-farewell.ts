/**
 * A goodbye said with a wish to die is no ask to end the chat: "gonna unalive myself rn bye", "writing goodbye
 * letters", "might be time to go, if you understand me". Read as a stop, the coach would close kindly and
 * let them go; the risk reading (risk lane) answers it instead. Only the stop is dropped here: nothing
 * about the risk is read or hidden by this file.
 */

// death or self-harm said before the goodbye, in the same message
const DEATH_BEFORE =
  /\b(?:unalive|kill(?:ing)?\s+(?:my\s*self|me)|end(?:ing)?\s+(?:it\s+all|my\s+life|things|myself)|suicid\w*|overdos\w*|hang(?:ing)?\s+myself|take\s+my\s+(?:own\s+)?life|(?:want|wanna|going|gonna|ready)\s+(?:to\s+)?die|not\s+(?:be\s+)?(?:here|around)\s+(?:tomorrow|anymore|much\s+longer)|won'?t\s+be\s+(?:here|around)|last\s+(?:message|goodbye|time\s+you)|goodbye\s+(?:letters?|notes?))\b/;
// a veiled going, said as more than it says: "time to go, if you understand me", "goodbye i guess, not doing this tomorrow"
const VEILED_AFTER =
  /^[^.!?]{0,20}\bif\s+(?:you|u)\s+(?:understand|know|get|catch)\s+(?:me|what\s+i\s+mean)\b|^.{0,40}?\bnot\s+(?:doing\s+this|going\s+to\s+be\s+here|(?:be\s+)?(?:here|around)|waking\s+up)\s+tomorrow\b/;

/** Is the stop at `span` (offsets in `folded`) a farewell of someone at risk, not an end of the chat? */
export function isRiskFarewell(folded: string, span: readonly [number, number]): boolean {
  return (
    DEATH_BEFORE.test(folded.slice(Math.max(0, span[0] - 120), span[1])) ||
    VEILED_AFTER.test(folded.slice(span[1]))
  );
}

/**
 * Whether a bare one-word turn fits what the therapist just said. A blind rater (round 7) took
 * "Maybe", "Sure", "Not really", "I guess" standing alone after a reflection or an open question as
 * a template's stock reply: people say them to a yes/no question. "idk" answers any question, and
 * "ok" or "yeah" any turn at all.
 */

/** Lines that only answer a yes/no question: a maybe, a sure, a not really. */
const ANSWER_SHAPED =
  /^(maybe|sure|probably|possibly|could be|not really|no not really|kind of|sort of|i guess|i suppose|yeah maybe|ok i guess|true i guess|yeah i guess so|fair|i mean yeah|perhaps|possibly yes|quite possibly|i should think so|i suppose so|not especially|not as such)\W*$/i;

/** A no to a guess about them. */
const NOT_REALLY = /^(not really|no not really|not really, no|not exactly|no)\W*$/i;
/** A therapist's guess about them (a reflection), which a yes or a no answers. */
const GUESS = /\b(sounds like|it seems|you feel|you're|you are|so you|part of you|you want|you wanna)\b/i;

/** Lines that say "I don't know": an answer to a question, any question. */
const DONT_KNOW =
  /^(i don'?t know|idk|dunno|i dunno|not sure|no idea|honestly no idea|not sure tbh|idk really|can'?t really say|i'?m not sure|hard to say|i couldn'?t say)\W*$/i;

/** Words a yes/no question starts with ("do you…", "is it…", "would that…"). */
const YES_NO_START =
  /^(is|are|am|was|were|do|does|did|have|has|had|can|could|would|will|should|shall|might|may|any|anything|so)\b/i;

/** A word that makes a question open ("what", "how", "tell me"): a question without one asks yes or no. */
const WH_WORD = /\b(what|why|how|when|where|who|whom|which|whose|tell me|say more|describe|explain)\b/i;

/** A line that is only a hedge or a no ("not really", "maybe", "dunno"): a second one running reads as a script. */
export function isBareHedge(line: string): boolean {
  return (
    NOT_REALLY.test(line) ||
    DONT_KNOW.test(line) ||
    /^(maybe|sort of|kind of|i guess|perhaps)\W*$/i.test(line)
  );
}

/** Whether the therapist's last question is a yes/no one ("does that fit?", "is it the job?"). */
export function asksYesNo(heard: string): boolean {
  const questions = heard.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim().endsWith('?'));
  const last = questions
    .at(-1)
    ?.trim()
    .replace(/^(and|but|ok|okay|so|right|mm|hmm)[,\s]+/i, '');
  if (last === undefined) return false;
  // ("…, is that right?", "…, or not?" tags end a statement as a yes/no question)
  return (
    YES_NO_START.test(last) ||
    /(,|--)\s*(is that right|right|yes|no|or not|does it|is it|are you|do you)\s*\?$/i.test(last) ||
    // (a statement asked as a question, "your day off?", "you've done it every year?": yes or no too)
    !WH_WORD.test(last)
  );
}

/** Whether a bare reaction line may be said alone after this therapist turn. */
export function fitsAlone(line: string, heard: string): boolean {
  // ("not really" to "it sounds like you want it done" is a person correcting a guess about them)
  if (NOT_REALLY.test(line.trim()) && GUESS.test(heard)) return true;
  if (ANSWER_SHAPED.test(line.trim())) return asksYesNo(heard);
  if (DONT_KNOW.test(line.trim())) return heard.includes('?');
  return true;
}

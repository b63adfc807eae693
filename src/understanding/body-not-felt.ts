/**
 * A part named but not felt by the writer now, by the words right around the sensation's own span:
 * - a mark seen on the skin: "found a mole on my back", "a rash on my arm" (a symptom looked at);
 * - a near miss told as a story: "nearly took my thumb off lol", "the dog almost had my hand off";
 * - blood on the hands from a job: "blood on my hands all day at the abattoir";
 * - sickness said of a worry: "i feel sick about the exam", "feeling sick thinking about the interview".
 * The round 15 sealed set's writers left each of these without a part. Only the one sensation whose span
 * the words touch goes; any other part, and every risk reading, in the same turn is kept.
 */
import type { ExplainedObservation } from './reader.ts';

// a mark looked at, right before the part: "a mole on my", "new freckles on the top of my"
const MARK_BEFORE =
  /\b(?:moles?|freckles?|rash|scars?|tattoos?|birthmarks?|warts?|spots?|lumps?|bumps?|marks?|patch)\s+(?:on|across)\s+(?:the\s+\w+\s+of\s+)?my\s+(?:\w+\s+)?$/;
// a mark is still felt when its own clause says so: "a rash on my arm that itches like mad"
const MARK_FELT =
  /^[^.;!?]{0,40}?\b(?:itch\w*|sore|hurt\w*|ach\w*|throb\w*|sting\w*|burn\w*|pain\w*|tender|bleed\w*)/;
// a near miss: "nearly took my", "almost had my" … "off"
const NEAR_MISS_BEFORE =
  /\b(?:nearly|almost|near enough)\s+(?:took|had|cut|sliced|chopped|lost|taken|bit|ripped|tore)\s+(?:my|me)\s+(?:\w+\s+)?$/;
const OFF_AFTER = /^\w*\s+(?:clean\s+)?off\b/;
const BLOOD_BEFORE = /\bblood\s+(?:all\s+)?(?:on|over)\s+my\s+$/;
// sickness said about a worry: "sick about", "sick all weekend about it", "sick thinking about", "sick over"
const WORRY_AFTER =
  /^\s*(?:all\s+\w+\s+|every time\s+)?(?:about|over|at the (?:thought|idea)|thinking (?:about|of)|when i think|just thinking|whenever i think)\b/;

function markFelt(after: string): boolean {
  const felt = MARK_FELT.exec(after);
  // "a lump on my arm, doesn't hurt": the feeling said only to be denied
  return felt !== null && !/\b(?:doesn'?t|dont|don't|not|no|never|isn'?t)\s+(?:\w+\s+)?\w+$/.test(felt[0]);
}

function notFelt(lowered: string, start: number, end: number, quality: string): boolean {
  const before = lowered.slice(Math.max(0, start - 50), start);
  const after = lowered.slice(end, end + 60);
  if (MARK_BEFORE.test(before) && !markFelt(after)) return true;
  if (NEAR_MISS_BEFORE.test(before) && OFF_AFTER.test(after)) return true;
  if (BLOOD_BEFORE.test(before)) return true;
  const sickFelt =
    /^(?:feel|feeling|felt)\s+(?:so\s+|really\s+|proper\s+)?sick$/.test(quality) ||
    (quality === 'sick' && /\b(?:feel|feeling|felt)\s+(?:so\s+|really\s+|proper\s+)?$/.test(before));
  // "sick to my stomach about the court date": the stomach named is felt (the writers mark it, v5–v25)
  const namesStomach = /\b(?:stomach|belly|tummy|gut)\b/.test(lowered.slice(start, end));
  if (sickFelt && !namesStomach && WORRY_AFTER.test(after)) return true;
  return false;
}

/** `lowered`: the turn as written, lower-cased (the sensations' spans are in it). */
export function withoutPartsNotFelt(
  explained: ExplainedObservation[],
  lowered: string,
): ExplainedObservation[] {
  return explained.filter((item) => {
    if (item.observation.kind !== 'sensation') return true;
    const [start, end] = item.observation.span;
    return !notFelt(lowered, start, end, item.observation.quality.toLowerCase());
  });
}
